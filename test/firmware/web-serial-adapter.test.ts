/**
 * NodeWebSerialPort on a real pty (the emulator's): the Web Serial surface esptool-js relies on —
 * open/close/reopen, WHATWG streams carrying every byte value, setSignals, in-place baud change.
 */
import { afterEach, describe, expect, it } from "vitest";
import { SerialPort } from "serialport";
import { NodeWebSerialPort } from "../../cli/firmware/web-serial-adapter.ts";
import { TsmpError } from "../../cli/errors.ts";
import { startEsp32Emulator, type Esp32Emulator } from "./esp32-rom-emulator.ts";
import { SlipDecoder, slipEncode } from "./slip.ts";

let emu: Esp32Emulator | undefined;
afterEach(async () => {
  await emu?.stop();
  emu = undefined;
});

const SYNC = Uint8Array.from([0x00, 0x08, 36, 0, 0, 0, 0, 0, 0x07, 0x07, 0x12, 0x20, ...new Array(32).fill(0x55)]);

async function readPackets(port: NodeWebSerialPort, count: number, timeoutMs = 2000): Promise<Uint8Array[]> {
  const reader = port.readable!.getReader();
  const decoder = new SlipDecoder();
  const packets: Uint8Array[] = [];
  const deadline = Date.now() + timeoutMs;
  try {
    while (packets.length < count && Date.now() < deadline) {
      const timeout = new Promise<{ done: true; value: undefined }>((resolve) => setTimeout(() => resolve({ done: true, value: undefined }), deadline - Date.now()));
      const { value, done } = await Promise.race([reader.read(), timeout]);
      if (done || !value) break;
      packets.push(...decoder.push(value));
    }
  } finally {
    reader.releaseLock();
  }
  return packets;
}

async function writeBytes(port: NodeWebSerialPort, bytes: Uint8Array): Promise<void> {
  const writer = port.writable!.getWriter();
  await writer.write(bytes);
  writer.releaseLock();
}

describe("NodeWebSerialPort", () => {
  it("carries a SLIP SYNC out and the ROM's eight answers back, through open, close and reopen", async () => {
    emu = await startEsp32Emulator();
    const port = new NodeWebSerialPort(emu.path);
    expect(port.getInfo()).toEqual({});
    for (let round = 0; round < 2; round++) {
      await port.open({ baudRate: 115200 });
      await writeBytes(port, slipEncode(SYNC));
      const packets = await readPackets(port, 8);
      expect(packets).toHaveLength(8);
      expect(packets.every((p) => p[0] === 0x01 && p[1] === 0x08)).toBe(true);
      await port.close();
      expect(port.readable).toBeNull();
    }
    expect(port.stats.opens).toBe(2);
    expect(port.stats.bytesRead).toBeGreaterThan(8 * 12);
    expect(emu.bytesReceived()).toBe(port.stats.bytesWritten);
  });

  it("passes every byte value 0x00-0xFF intact (SLIP-escaped payload survives the pty)", async () => {
    emu = await startEsp32Emulator();
    const port = new NodeWebSerialPort(emu.path);
    await port.open({ baudRate: 115200 });
    // A READ_REG whose address bytes include 0xC0 and 0xDB: the emulator must decode them exactly.
    const readReg = Uint8Array.from([0x00, 0x0a, 4, 0, 0, 0, 0, 0, 0xc0, 0xdb, 0x80, 0xff]);
    await writeBytes(port, slipEncode(readReg));
    const [reply] = await readPackets(port, 1);
    expect(Array.from(reply.subarray(0, 2))).toEqual([0x01, 0x0a]);
    await port.close();
    const all = new Uint8Array(256).map((_, i) => i);
    expect(Array.from(new SlipDecoder().push(slipEncode(all))[0])).toEqual(Array.from(all));
  });

  it("notes a port without modem lines instead of failing setSignals, and changes baud in place", async () => {
    emu = await startEsp32Emulator();
    const port = new NodeWebSerialPort(emu.path);
    await port.open({ baudRate: 115200 });
    await port.setSignals({ dataTerminalReady: false, requestToSend: true });
    await port.setSignals({ dataTerminalReady: true });
    expect(port.signalsSupported).toBe(false);
    expect(port.currentSignals()).toEqual({ dtr: true, rts: true, brk: false });
    await port.setBaudRate(921600);
    await writeBytes(port, slipEncode(SYNC));
    expect(await readPackets(port, 8)).toHaveLength(8);
    await port.close();
  });

  it("maps a port another program holds to PORT_BUSY", async () => {
    emu = await startEsp32Emulator();
    const other = new SerialPort({ path: emu.path, baudRate: 115200, autoOpen: false });
    await new Promise<void>((resolve, reject) => other.open((e) => (e ? reject(e) : resolve())));
    try {
      const error = await new NodeWebSerialPort(emu.path).open({ baudRate: 115200 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TsmpError);
      expect((error as TsmpError).code).toBe("PORT_BUSY");
      expect((error as TsmpError).hint).toMatch(/close other serial monitors/);
    } finally {
      await new Promise<void>((resolve) => other.close(() => resolve()));
    }
  });
});
