/**
 * The emulator's bootloader state machine on its own, for the protocol facts esptool-js does not
 * exercise in the end-to-end tests (so the emulator cannot silently drift from the real ROM).
 */
import { createHash } from "node:crypto";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { Esp32RomBootloader, OP, blockChecksum, type KnownStub } from "./esp32-rom-protocol.ts";

const stub: KnownStub = { textStart: 0x40080000, text: Uint8Array.from([1, 2, 3, 4]), dataStart: 0x3ffe0000, data: Uint8Array.from([5, 6]), entry: 0x40080004 };

function rom(): Esp32RomBootloader {
  return new Esp32RomBootloader({ mac: "24:0a:c4:01:02:03", flashSize: 1024 * 1024, stub });
}

/** A ROM loader after esptool's SPI_ATTACH (8 bytes in the ROM: pins word + legacy flag + padding). */
function attached(): Esp32RomBootloader {
  const chip = rom();
  expect(Array.from(body(chip.receive(command(OP.SPI_ATTACH, new Uint8Array(8)))[0]))).toEqual([0, 0, 0, 0]);
  return chip;
}

function u32(...values: number[]): Uint8Array {
  const out = new Uint8Array(values.length * 4);
  values.forEach((v, i) => new DataView(out.buffer).setUint32(i * 4, v >>> 0, true));
  return out;
}

function command(op: number, data: Uint8Array, checksum = 0): Uint8Array {
  const packet = new Uint8Array(8 + data.length);
  packet[1] = op;
  packet[2] = data.length & 0xff;
  packet[3] = data.length >> 8;
  new DataView(packet.buffer).setUint32(4, checksum, true);
  packet.set(data, 8);
  return packet;
}

function dataBlock(op: number, seq: number, block: Uint8Array): Uint8Array {
  const body = new Uint8Array(16 + block.length);
  body.set(u32(block.length, seq, 0, 0));
  body.set(block, 16);
  return command(op, body, blockChecksum(block));
}

const body = (reply: Uint8Array): Uint8Array => reply.subarray(8);
const value = (reply: Uint8Array): number => new DataView(reply.buffer, reply.byteOffset).getUint32(4, true);
const SYNC_DATA = Uint8Array.from([0x07, 0x07, 0x12, 0x20, ...new Array(32).fill(0x55)]);

describe("ESP32 ROM loader emulation", () => {
  it("answers SYNC eight times with a non-zero value, and not at all to a bad SYNC body", () => {
    const chip = rom();
    const replies = chip.receive(command(OP.SYNC, SYNC_DATA));
    expect(replies).toHaveLength(8);
    for (const r of replies) {
      expect([r[0], r[1]]).toEqual([0x01, OP.SYNC]);
      expect(value(r)).not.toBe(0);
      expect(Array.from(body(r))).toEqual([0, 0, 0, 0]); // 4 status bytes in the ROM
    }
    expect(Array.from(body(chip.receive(command(OP.SYNC, SYNC_DATA.subarray(1)))[0]).subarray(0, 2))).toEqual([1, 0x05]);
  });

  it("reads the chip-detect magic 0x00F01D83 and refuses GET_SECURITY_INFO as an invalid message", () => {
    const chip = rom();
    expect(value(chip.receive(command(OP.READ_REG, u32(0x40001000)))[0])).toBe(0x00f01d83);
    expect(Array.from(body(chip.receive(command(OP.GET_SECURITY_INFO, new Uint8Array(0)))[0]))).toEqual([1, 0x05, 0, 0]);
  });

  it("reaches the SPI flash only after an 8-byte SPI_ATTACH", () => {
    const chip = rom();
    expect(Array.from(body(chip.receive(command(OP.FLASH_BEGIN, u32(4096, 1, 4096, 0, 0)))[0]))).toEqual([1, 0x06, 0, 0]);
    expect(Array.from(body(chip.receive(command(OP.SPI_ATTACH, new Uint8Array(4)))[0]))).toEqual([1, 0x05, 0, 0]);
    expect(Array.from(body(chip.receive(command(OP.SPI_ATTACH, new Uint8Array(8)))[0]))).toEqual([0, 0, 0, 0]);
    expect(Array.from(body(chip.receive(command(OP.FLASH_BEGIN, u32(4096, 1, 4096, 0, 0)))[0]))).toEqual([0, 0, 0, 0]);
  });

  it("rejects a data block whose checksum is wrong with error 0x07, writing nothing", () => {
    const chip = attached();
    chip.receive(command(OP.FLASH_BEGIN, u32(4096, 1, 4096, 0, 0)));
    const block = new Uint8Array(4096).fill(0x12);
    const bad = dataBlock(OP.FLASH_DATA, 0, block);
    bad[4] ^= 0xff;
    expect(Array.from(body(chip.receive(bad)[0]))).toEqual([1, 0x07, 0, 0]);
    expect(chip.flash[0]).toBe(0xff);
  });

  it("programs like NOR flash: FLASH_BEGIN erases whole sectors, data can only clear bits", () => {
    const chip = attached();
    chip.flash.fill(0x00, 0, 8192);
    chip.receive(command(OP.FLASH_BEGIN, u32(100, 1, 0x400, 0x1000, 0)));
    expect(chip.flash[0x0fff]).toBe(0x00); // sector before: untouched
    expect(chip.flash.subarray(0x1000, 0x2000).every((b) => b === 0xff)).toBe(true); // whole sector erased
    chip.receive(dataBlock(OP.FLASH_DATA, 0, new Uint8Array(0x400).fill(0xf0)));
    // Writing 0x0F over 0xF0 without an erase leaves 0x00, as real flash does.
    chip.receive(command(OP.FLASH_BEGIN, u32(0, 1, 0x400, 0x1000, 0)));
    chip.receive(dataBlock(OP.FLASH_DATA, 0, new Uint8Array(0x400).fill(0x0f)));
    expect(chip.flash.subarray(0x1000, 0x1400).every((b) => b === 0x00)).toBe(true);
    expect(chip.flash[0x1400]).toBe(0xff);
  });

  it("inflates FLASH_DEFL_DATA across blocks and answers SPI_FLASH_MD5 with 32 hex characters", () => {
    const chip = attached();
    const plain = Buffer.alloc(10000, "tsmp");
    const packed = zlib.deflateSync(plain);
    chip.receive(command(OP.FLASH_DEFL_BEGIN, u32(plain.length, 2, 0x400, 0x2000)));
    const half = Math.ceil(packed.length / 2);
    expect(body(chip.receive(dataBlock(OP.FLASH_DEFL_DATA, 0, packed.subarray(0, half)))[0])[0]).toBe(0);
    expect(body(chip.receive(dataBlock(OP.FLASH_DEFL_DATA, 1, packed.subarray(half)))[0])[0]).toBe(0);
    expect(Buffer.from(chip.flash.subarray(0x2000, 0x2000 + plain.length)).equals(plain)).toBe(true);
    const md5 = body(chip.receive(command(OP.SPI_FLASH_MD5, u32(0x2000, plain.length, 0, 0)))[0]);
    expect(Buffer.from(md5.subarray(0, 32)).toString("latin1")).toBe(createHash("md5").update(plain).digest("hex"));
  });

  it("runs only the known stub: says OHAI, then uses 2 status bytes and knows ERASE_FLASH", () => {
    const chip = rom();
    expect(Array.from(body(chip.receive(command(OP.ERASE_FLASH, new Uint8Array(0)))[0]))).toEqual([1, 0x05, 0, 0]);
    chip.receive(command(OP.MEM_BEGIN, u32(4, 1, 0x1800, stub.textStart)));
    chip.receive(dataBlock(OP.MEM_DATA, 0, stub.text));
    chip.receive(command(OP.MEM_BEGIN, u32(2, 1, 0x1800, stub.dataStart)));
    chip.receive(dataBlock(OP.MEM_DATA, 0, stub.data));
    const replies = chip.receive(command(OP.MEM_END, u32(0, stub.entry)));
    expect(Buffer.from(replies[1]).toString("latin1")).toBe("OHAI");
    chip.flash.fill(0);
    expect(Array.from(body(chip.receive(command(OP.ERASE_FLASH, new Uint8Array(0)))[0]))).toEqual([0, 0]);
    expect(chip.flash.every((b) => b === 0xff)).toBe(true);
    expect(chip.receive(command(OP.SYNC, SYNC_DATA))).toHaveLength(1);
  });

  it("goes silent when MEM_END jumps into code that is not the stub", () => {
    const chip = rom();
    chip.receive(command(OP.MEM_BEGIN, u32(4, 1, 0x1800, stub.textStart)));
    chip.receive(dataBlock(OP.MEM_DATA, 0, Uint8Array.from([9, 9, 9, 9])));
    expect(chip.receive(command(OP.MEM_END, u32(0, stub.entry)))).toHaveLength(1);
    expect(chip.receive(command(OP.SYNC, SYNC_DATA))).toEqual([]);
    chip.reset();
    expect(chip.receive(command(OP.SYNC, SYNC_DATA))).toHaveLength(8);
  });
});
