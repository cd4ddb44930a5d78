/**
 * The ESP32 serial-bootloader protocol as a pure state machine (no I/O): one decoded command packet
 * in, the response packets out. It plays the ROM loader (SYNC, READ_REG/WRITE_REG with the
 * registers esptool reads for chip detection, eFuse MAC and the SPI peripheral's RDID,
 * SPI_ATTACH, CHANGE_BAUDRATE, MEM_*, FLASH_*, FLASH_DEFL_*, SPI_FLASH_MD5) and, once esptool's
 * flasher stub has been uploaded with MEM_BEGIN/MEM_DATA/MEM_END and started, the stub loader
 * ("OHAI", 2 status bytes, raw MD5, ERASE_FLASH, ERASE_REGION).
 *
 * Facts followed (Espressif's "Serial Protocol" docs): a command is
 * `00 op len16 chk32 data`, a response `01 op len16 val32 data`, where data ends with status bytes
 * (ESP32 ROM: 4 — status, error, 0, 0; stub: 2); the checksum of a data block is 0xEF xor every
 * byte; ROM error 0x05 = invalid message, 0x06 = failed, 0x07 = bad checksum; the ROM reaches the
 * SPI flash only after SPI_ATTACH (8 bytes from esptool to the ROM, 4 to the stub); SYNC is answered 8 times by the ROM
 * (non-zero value) and once by the stub (value 0); the chip-detect magic register 0x40001000 reads
 * 0x00F01D83 on an ESP32; the ESP32 ROM does not know GET_SECURITY_INFO.
 * Flash is NOR: it must be erased (to 0xFF) before writing, and a write can only clear bits.
 *
 * The uploaded stub is not executed (no Xtensa CPU here): MEM_END jumps to it only if the RAM
 * holds exactly the stub esptool-js ships, at its addresses, with its entry point; anything else
 * "crashes" the chip (it stops answering), as unknown code would.
 */
import { createHash } from "node:crypto";
import zlib from "node:zlib";

export const OP = {
  FLASH_BEGIN: 0x02,
  FLASH_DATA: 0x03,
  FLASH_END: 0x04,
  MEM_BEGIN: 0x05,
  MEM_END: 0x06,
  MEM_DATA: 0x07,
  SYNC: 0x08,
  WRITE_REG: 0x09,
  READ_REG: 0x0a,
  SPI_SET_PARAMS: 0x0b,
  SPI_ATTACH: 0x0d,
  CHANGE_BAUDRATE: 0x0f,
  FLASH_DEFL_BEGIN: 0x10,
  FLASH_DEFL_DATA: 0x11,
  FLASH_DEFL_END: 0x12,
  SPI_FLASH_MD5: 0x13,
  GET_SECURITY_INFO: 0x14,
  ERASE_FLASH: 0xd0,
  ERASE_REGION: 0xd1,
  READ_FLASH: 0xd2,
  RUN_USER_CODE: 0xd3,
} as const;

export const OP_NAMES: Record<number, string> = Object.fromEntries(Object.entries(OP).map(([name, op]) => [op, name]));

const CHIP_DETECT_MAGIC_REG = 0x40001000;
const ESP32_MAGIC = 0x00f01d83;
const EFUSE_BASE = 0x3ff5a000;
const SYSCON_DATE_REG = 0x3ff66000 + 0x7c;
const UART_CLKDIV_REG = 0x3ff40014;
const SPI_BASE = 0x3ff42000;
const SPI_CMD_REG = SPI_BASE;
const SPI_USR2_REG = SPI_BASE + 0x24;
const SPI_W0_REG = SPI_BASE + 0x80;
const SPI_CMD_USR = 1 << 18;
const XTAL_HZ = 40_000_000;
const SECTOR = 0x1000;
const RAM_BLOCK_MAX = 0x1800;

const ROM_ERR = { INVALID_MESSAGE: 0x05, FAILED: 0x06, BAD_CRC: 0x07, FLASH_WRITE: 0x08 } as const;
const STUB_ERR = { BAD_DATA_LEN: 0xc0, BAD_CHECKSUM: 0xc1, INVALID_COMMAND: 0xc3, NOT_IN_FLASH_MODE: 0xc6, INFLATE: 0xc7, TOO_MUCH_DATA: 0xc9 } as const;

/** What the emulator knows about the one flasher stub it can "run". */
export interface KnownStub {
  textStart: number;
  text: Uint8Array;
  dataStart: number;
  data: Uint8Array;
  entry: number;
}

export interface Esp32RomOptions {
  /** MAC address "aa:bb:cc:dd:ee:ff" burnt into eFuse. */
  mac: string;
  /** Flash size in bytes (power of two, 1–16 MB). */
  flashSize: number;
  stub: KnownStub;
  /** Value of the chip-detect magic register (default 0x00F01D83, ESP32). */
  chipMagic?: number;
  /** Fault: bit 0 of this flash byte is stuck at 0 (a worn cell), so verification must fail. */
  stuckBitAt?: number;
  /** Fault: stop answering (brown-out, cable pulled) after this many flash data blocks. */
  hangAfterFlashBlocks?: number;
}

export interface CommandRecord {
  op: number;
  name: string;
  inStub: boolean;
  ok: boolean;
}

interface FlashWrite {
  offset: number;
  size: number;
  blockSize: number;
  nextSeq: number;
  compressed: boolean;
  /** compressed mode: every compressed byte so far, and how many inflated bytes are written */
  deflated: Buffer[];
  written: number;
}

export class Esp32RomBootloader {
  readonly flash: Uint8Array;
  readonly commands: CommandRecord[] = [];
  readonly baudRates: number[] = [];
  stubRunning = false;
  crashed = false;
  /** The ROM loader can only reach the SPI flash after SPI_ATTACH (the stub attaches it itself). */
  spiAttached = false;
  private readonly regs = new Map<number, number>();
  private readonly ram = new Map<number, Uint8Array>();
  private mem: { offset: number; size: number; blockSize: number; nextSeq: number } | null = null;
  private write: FlashWrite | null = null;
  private readonly stub: KnownStub;
  private readonly faults: Pick<Esp32RomOptions, "stuckBitAt" | "hangAfterFlashBlocks">;
  private flashBlocks = 0;

  constructor(options: Esp32RomOptions) {
    this.flash = new Uint8Array(options.flashSize).fill(0xff);
    this.stub = options.stub;
    this.faults = { stuckBitAt: options.stuckBitAt, hangAfterFlashBlocks: options.hangAfterFlashBlocks };
    const mac = parseMac(options.mac);
    this.regs.set(CHIP_DETECT_MAGIC_REG, options.chipMagic ?? ESP32_MAGIC);
    // eFuse block 0: word1/word2 hold the factory MAC, word3 the package (0 = D0WDQ6) and rev bit.
    this.regs.set(EFUSE_BASE + 4, ((mac[2] << 24) | (mac[3] << 16) | (mac[4] << 8) | mac[5]) >>> 0);
    this.regs.set(EFUSE_BASE + 8, (mac[0] << 8) | mac[1]);
    this.regs.set(EFUSE_BASE + 12, 1 << 15);
    this.regs.set(SYSCON_DATE_REG, 0);
    this.regs.set(UART_CLKDIV_REG, Math.round(XTAL_HZ / 115200));
  }

  /** EN pressed with BOOT held: back in the ROM loader; flash keeps its contents, RAM and state do not. */
  reset(): void {
    this.stubRunning = false;
    this.spiAttached = false;
    this.crashed = false;
    this.mem = null;
    this.write = null;
    this.ram.clear();
    this.regs.set(UART_CLKDIV_REG, Math.round(XTAL_HZ / 115200));
  }

  /** Handles one decoded command packet; returns the (unencoded) response packets to send. */
  receive(packet: Uint8Array): Uint8Array[] {
    if (this.crashed) return [];
    if (packet.length < 8 || packet[0] !== 0x00) return [];
    const op = packet[1];
    const length = packet[2] | (packet[3] << 8);
    const checksum = readU32(packet, 4);
    const data = packet.subarray(8);
    const record: CommandRecord = { op, name: OP_NAMES[op] ?? `0x${op.toString(16)}`, inStub: this.stubRunning, ok: true };
    this.commands.push(record);
    try {
      if (data.length !== length) throw new CommandError(this.stubRunning ? STUB_ERR.BAD_DATA_LEN : ROM_ERR.INVALID_MESSAGE);
      return this.dispatch(op, data, checksum);
    } catch (error) {
      if (!(error instanceof CommandError)) throw error;
      record.ok = false;
      return [this.fail(op, error.code)];
    }
  }

  private statusLength(): number {
    return this.stubRunning ? 2 : 4;
  }

  private dispatch(op: number, data: Uint8Array, checksum: number): Uint8Array[] {
    switch (op) {
      case OP.SYNC:
        return this.sync(data);
      case OP.READ_REG:
        need(data, 4);
        return [this.ok(op, this.readReg(readU32(data, 0)))];
      case OP.WRITE_REG:
        need(data, 16);
        for (let i = 0; i + 16 <= data.length; i += 16) this.writeReg(readU32(data, i), readU32(data, i + 4), readU32(data, i + 8));
        return [this.ok(op)];
      case OP.SPI_ATTACH:
        // ROM: pins word + legacy flag + 3 zero bytes; stub: the pins word only.
        if (data.length !== (this.stubRunning ? 4 : 8)) throw new CommandError(ROM_ERR.INVALID_MESSAGE);
        this.spiAttached = true;
        return [this.ok(op)];
      case OP.SPI_SET_PARAMS:
        return [this.ok(op)];
      case OP.CHANGE_BAUDRATE: {
        need(data, 8);
        const baud = readU32(data, 0);
        this.baudRates.push(baud);
        this.regs.set(UART_CLKDIV_REG, Math.round(XTAL_HZ / baud));
        return [this.ok(op)];
      }
      case OP.MEM_BEGIN:
        return this.memBegin(data);
      case OP.MEM_DATA:
        return this.memData(data, checksum);
      case OP.MEM_END:
        return this.memEnd(data);
      case OP.FLASH_BEGIN:
        return this.flashBegin(data, false);
      case OP.FLASH_DEFL_BEGIN:
        return this.flashBegin(data, true);
      case OP.FLASH_DATA:
        return this.flashData(data, checksum, false);
      case OP.FLASH_DEFL_DATA:
        return this.flashData(data, checksum, true);
      case OP.FLASH_END:
      case OP.FLASH_DEFL_END:
        if (this.stubRunning && !this.write) throw new CommandError(STUB_ERR.NOT_IN_FLASH_MODE);
        this.write = null;
        return [this.ok(op)];
      case OP.SPI_FLASH_MD5:
        return this.md5(data);
      case OP.ERASE_FLASH:
        if (!this.stubRunning) break;
        this.flash.fill(0xff);
        return [this.ok(op)];
      case OP.ERASE_REGION: {
        if (!this.stubRunning) break;
        need(data, 8);
        const offset = readU32(data, 0);
        const size = readU32(data, 4);
        if (offset % SECTOR !== 0 || size % SECTOR !== 0) throw new CommandError(ROM_ERR.FAILED);
        this.erase(offset, size);
        return [this.ok(op)];
      }
      case OP.RUN_USER_CODE:
        if (!this.stubRunning) break;
        this.crashed = true; // the app starts: no more bootloader answers
        return [];
    }
    throw new CommandError(this.stubRunning ? STUB_ERR.INVALID_COMMAND : ROM_ERR.INVALID_MESSAGE);
  }

  private sync(data: Uint8Array): Uint8Array[] {
    const expected = [0x07, 0x07, 0x12, 0x20, ...new Array<number>(32).fill(0x55)];
    if (data.length !== expected.length || data.some((b, i) => b !== expected[i])) throw new CommandError(ROM_ERR.INVALID_MESSAGE);
    if (this.stubRunning) return [this.ok(OP.SYNC, 0)];
    return Array.from({ length: 8 }, () => this.ok(OP.SYNC, 0x20120707));
  }

  private readReg(address: number): number {
    return this.regs.get(address) ?? 0;
  }

  private writeReg(address: number, value: number, mask: number): void {
    const old = this.regs.get(address) ?? 0;
    const next = ((value & mask) | (old & ~mask)) >>> 0;
    this.regs.set(address, next);
    if (address === SPI_CMD_REG && next & SPI_CMD_USR) this.runSpiUserCommand();
  }

  /** The SPI peripheral's "user command": RDID (0x9F) puts the JEDEC id in W0; then the busy bit clears. */
  private runSpiUserCommand(): void {
    const command = (this.regs.get(SPI_USR2_REG) ?? 0) & 0xffff;
    if (command === 0x9f) {
      const capacity = Math.log2(this.flash.length); // JEDEC capacity byte: 2^n bytes (0x16 = 4 MB)
      this.regs.set(SPI_W0_REG, (0xef | (0x40 << 8) | (capacity << 16)) >>> 0); // Winbond W25Q-class
    }
    this.regs.set(SPI_CMD_REG, (this.regs.get(SPI_CMD_REG) ?? 0) & ~SPI_CMD_USR);
  }

  private memBegin(data: Uint8Array): Uint8Array[] {
    need(data, 16);
    const size = readU32(data, 0);
    const blocks = readU32(data, 4);
    const blockSize = readU32(data, 8);
    const offset = readU32(data, 12);
    if (blockSize === 0 || blockSize > RAM_BLOCK_MAX || blocks * blockSize < size) throw new CommandError(ROM_ERR.FAILED);
    this.mem = { offset, size, blockSize, nextSeq: 0 };
    this.ram.set(offset, new Uint8Array(size));
    return [this.ok(OP.MEM_BEGIN)];
  }

  private memData(data: Uint8Array, checksum: number): Uint8Array[] {
    need(data, 16);
    const mem = this.mem;
    if (!mem) throw new CommandError(ROM_ERR.FAILED);
    const size = readU32(data, 0);
    const seq = readU32(data, 4);
    const block = data.subarray(16);
    if (block.length !== size) throw new CommandError(ROM_ERR.INVALID_MESSAGE);
    if (blockChecksum(block) !== checksum) throw new CommandError(ROM_ERR.BAD_CRC);
    if (seq !== mem.nextSeq) throw new CommandError(ROM_ERR.FAILED);
    const target = this.ram.get(mem.offset)!;
    const start = seq * mem.blockSize;
    if (start + block.length > target.length) throw new CommandError(ROM_ERR.FAILED);
    target.set(block, start);
    mem.nextSeq++;
    return [this.ok(OP.MEM_DATA)];
  }

  private memEnd(data: Uint8Array): Uint8Array[] {
    need(data, 8);
    const noEntry = readU32(data, 0);
    const entry = readU32(data, 4);
    this.mem = null;
    const replies = [this.ok(OP.MEM_END)];
    if (noEntry !== 0 && entry === 0) return replies;
    if (this.ramHoldsKnownStub(entry)) {
      this.stubRunning = true;
      this.write = null;
      replies.push(Uint8Array.from(Buffer.from("OHAI", "latin1")));
    } else {
      this.crashed = true;
    }
    return replies;
  }

  private ramHoldsKnownStub(entry: number): boolean {
    const text = this.ram.get(this.stub.textStart);
    const data = this.ram.get(this.stub.dataStart);
    return entry === this.stub.entry && !!text && !!data && sameBytes(text, this.stub.text) && sameBytes(data, this.stub.data);
  }

  private requireFlashAttached(): void {
    if (!this.stubRunning && !this.spiAttached) throw new CommandError(ROM_ERR.FAILED);
  }

  private flashBegin(data: Uint8Array, compressed: boolean): Uint8Array[] {
    need(data, 16);
    this.requireFlashAttached();
    const eraseSize = readU32(data, 0);
    const blockSize = readU32(data, 8);
    const offset = readU32(data, 12);
    if (offset + eraseSize > this.flash.length || blockSize === 0) throw new CommandError(this.stubRunning ? STUB_ERR.BAD_DATA_LEN : ROM_ERR.FAILED);
    const start = offset - (offset % SECTOR);
    const end = Math.min(this.flash.length, Math.ceil((offset + eraseSize) / SECTOR) * SECTOR);
    this.erase(start, end - start);
    this.write = { offset, size: eraseSize, blockSize, nextSeq: 0, compressed, deflated: [], written: 0 };
    return [this.ok(compressed ? OP.FLASH_DEFL_BEGIN : OP.FLASH_BEGIN)];
  }

  private flashData(data: Uint8Array, checksum: number, compressed: boolean): Uint8Array[] {
    const op = compressed ? OP.FLASH_DEFL_DATA : OP.FLASH_DATA;
    need(data, 16);
    if (this.faults.hangAfterFlashBlocks !== undefined && this.flashBlocks >= this.faults.hangAfterFlashBlocks) {
      this.crashed = true;
      return [];
    }
    this.flashBlocks++;
    const write = this.write;
    if (!write || write.compressed !== compressed) throw new CommandError(this.stubRunning ? STUB_ERR.NOT_IN_FLASH_MODE : ROM_ERR.FAILED);
    const size = readU32(data, 0);
    const seq = readU32(data, 4);
    const block = data.subarray(16);
    if (block.length !== size) throw new CommandError(this.stubRunning ? STUB_ERR.BAD_DATA_LEN : ROM_ERR.INVALID_MESSAGE);
    if (blockChecksum(block) !== checksum) throw new CommandError(this.stubRunning ? STUB_ERR.BAD_CHECKSUM : ROM_ERR.BAD_CRC);
    if (seq !== write.nextSeq) throw new CommandError(ROM_ERR.FAILED);
    write.nextSeq++;
    if (!compressed) {
      this.program(write.offset + seq * write.blockSize, block);
      return [this.ok(op)];
    }
    write.deflated.push(Buffer.from(block));
    let inflated: Buffer;
    try {
      inflated = zlib.inflateSync(Buffer.concat(write.deflated), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
    } catch {
      throw new CommandError(this.stubRunning ? STUB_ERR.INFLATE : ROM_ERR.FAILED);
    }
    if (inflated.length > write.size) throw new CommandError(this.stubRunning ? STUB_ERR.TOO_MUCH_DATA : ROM_ERR.FAILED);
    this.program(write.offset + write.written, inflated.subarray(write.written));
    write.written = inflated.length;
    return [this.ok(op)];
  }

  /** NOR flash programming: bits can only go from 1 to 0. */
  private program(offset: number, bytes: Uint8Array): void {
    if (offset + bytes.length > this.flash.length) throw new CommandError(ROM_ERR.FLASH_WRITE);
    for (let i = 0; i < bytes.length; i++) this.flash[offset + i] &= bytes[i];
    const stuck = this.faults.stuckBitAt;
    if (stuck !== undefined && stuck >= offset && stuck < offset + bytes.length) this.flash[stuck] &= 0xfe;
  }

  private erase(offset: number, size: number): void {
    this.flash.fill(0xff, offset, Math.min(this.flash.length, offset + size));
  }

  private md5(data: Uint8Array): Uint8Array[] {
    need(data, 16);
    this.requireFlashAttached();
    const offset = readU32(data, 0);
    const size = readU32(data, 4);
    if (offset + size > this.flash.length) throw new CommandError(ROM_ERR.FAILED);
    const digest = createHash("md5").update(this.flash.subarray(offset, offset + size)).digest();
    // The ROM sends the digest as 32 lowercase hex characters, the stub as 16 raw bytes.
    const body = this.stubRunning ? new Uint8Array(digest) : Uint8Array.from(Buffer.from(digest.toString("hex"), "latin1"));
    return [this.ok(OP.SPI_FLASH_MD5, 0, body)];
  }

  private ok(op: number, value = 0, body: Uint8Array = new Uint8Array(0)): Uint8Array {
    return response(op, value, body, new Uint8Array(this.statusLength()));
  }

  private fail(op: number, code: number): Uint8Array {
    const status = new Uint8Array(this.statusLength());
    status[0] = 1;
    status[1] = code;
    return response(op, 0, new Uint8Array(0), status);
  }
}

class CommandError extends Error {
  constructor(readonly code: number) {
    super(`bootloader error 0x${code.toString(16)}`);
  }
}

function response(op: number, value: number, body: Uint8Array, status: Uint8Array): Uint8Array {
  const length = body.length + status.length;
  const out = new Uint8Array(8 + length);
  out[0] = 0x01;
  out[1] = op;
  out[2] = length & 0xff;
  out[3] = length >> 8;
  writeU32(out, 4, value);
  out.set(body, 8);
  out.set(status, 8 + body.length);
  return out;
}

function need(data: Uint8Array, bytes: number): void {
  if (data.length < bytes) throw new CommandError(ROM_ERR.INVALID_MESSAGE);
}

export function blockChecksum(block: Uint8Array): number {
  let state = 0xef;
  for (const byte of block) state ^= byte;
  return state;
}

function readU32(bytes: Uint8Array, at: number): number {
  return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;
}

function writeU32(bytes: Uint8Array, at: number, value: number): void {
  bytes[at] = value & 0xff;
  bytes[at + 1] = (value >>> 8) & 0xff;
  bytes[at + 2] = (value >>> 16) & 0xff;
  bytes[at + 3] = (value >>> 24) & 0xff;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.from(a).equals(Buffer.from(b));
}

function parseMac(text: string): number[] {
  const parts = text.split(":").map((part) => Number.parseInt(part, 16));
  if (parts.length !== 6 || parts.some((part) => !(part >= 0 && part <= 255))) throw new Error(`bad MAC ${text}`);
  return parts;
}
