/**
 * A Web Serial `SerialPort`-like object on top of the npm `serialport` package, so that esptool-js
 * (written for browsers) can drive a serial device from Node: open/close, WHATWG readable/writable
 * byte streams, setSignals (DTR/RTS/break for the reset into the bootloader), getInfo (USB ids) and
 * an in-place baud change (`setBaudRate`, which esptool-js prefers over closing and reopening).
 * A pseudo-terminal path works exactly like /dev/ttyUSB0, except that it has no modem lines.
 */
import fs from "node:fs/promises";
import { SerialPort } from "serialport";
import { TsmpError } from "../errors.ts";
import { openPort } from "../serial/open-port.ts";

export interface WebSerialOpenOptions {
  baudRate: number;
  dataBits?: 7 | 8;
  stopBits?: 1 | 2;
  parity?: "none" | "even" | "odd";
  bufferSize?: number;
  flowControl?: "none" | "hardware";
}

export interface WebSerialSignals {
  dataTerminalReady?: boolean;
  requestToSend?: boolean;
  break?: boolean;
}

export interface WebSerialPortInfo {
  usbVendorId?: number;
  usbProductId?: number;
}

/** Counters a caller (or a test) can read to see what went over the wire. */
export interface WebSerialStats {
  bytesWritten: number;
  bytesRead: number;
  opens: number;
}

export class NodeWebSerialPort {
  readonly path: string;
  readable: ReadableStream<Uint8Array> | null = null;
  writable: WritableStream<Uint8Array> | null = null;
  /** False once the OS said this port has no modem-control lines (e.g. a pseudo-terminal). */
  signalsSupported = true;
  readonly stats: WebSerialStats = { bytesWritten: 0, bytesRead: 0, opens: 0 };
  /** Every DTR/RTS/break state asked for, with a timestamp (ms), even where the OS cannot apply it. */
  readonly signalHistory: Array<{ dtr: boolean; rts: boolean; brk: boolean; at: number }> = [];

  /** The last asynchronous error the port reported (e.g. device unplugged), if any. */
  lastError: Error | null = null;
  /** True once the device went away under us (closed by the OS, or a write that never finished). */
  lost = false;
  private port: SerialPort | null = null;
  private baudRate = 115200;
  private info: WebSerialPortInfo;
  private signals = { dtr: false, rts: false, brk: false };

  constructor(path: string, info: WebSerialPortInfo = {}) {
    this.path = path;
    this.info = info;
  }

  /** Builds the adapter and looks up the USB vendor/product id of `path` when the OS knows it. */
  static async create(path: string): Promise<NodeWebSerialPort> {
    return new NodeWebSerialPort(path, await lookupUsbIds(path));
  }

  getInfo(): WebSerialPortInfo {
    return { ...this.info };
  }

  async open(options: WebSerialOpenOptions): Promise<void> {
    if (this.port) throw new TsmpError("PORT_BUSY", `${this.path} is already open in this program`);
    const port = new SerialPort({
      path: this.path,
      baudRate: options.baudRate,
      dataBits: options.dataBits ?? 8,
      stopBits: options.stopBits ?? 1,
      parity: options.parity ?? "none",
      rtscts: options.flowControl === "hardware",
      autoOpen: false,
    });
    await openPort(port, this.path, openError);
    // serialport emits 'error' (e.g. the board was unplugged); without a listener Node would crash.
    // The streams end on 'close', and esptool-js then times out with a clear BOOTLOADER error.
    port.on("error", (error: Error) => {
      this.lastError = error;
    });
    port.on("close", () => {
      if (this.port === port) this.lost = true; // not our own close()
    });
    this.port = port;
    this.baudRate = options.baudRate;
    this.stats.opens++;
    this.readable = this.makeReadable(port);
    this.writable = this.makeWritable(port);
  }

  async close(): Promise<void> {
    const port = this.port;
    if (!port) return;
    this.port = null;
    this.readable = null;
    this.writable = null;
    if (port.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()));
  }

  /**
   * Sets DTR/RTS/break. `serialport`'s `set()` resets any line it is not given to a default, so the
   * full state is always sent. A port without modem lines (ENOTTY: a pseudo-terminal) is noted in
   * `signalsSupported` instead of failing: such a board must be put in the bootloader by hand.
   */
  async setSignals(signals: WebSerialSignals): Promise<void> {
    if (signals.dataTerminalReady !== undefined) this.signals.dtr = signals.dataTerminalReady;
    if (signals.requestToSend !== undefined) this.signals.rts = signals.requestToSend;
    if (signals.break !== undefined) this.signals.brk = signals.break;
    const port = this.requirePort();
    this.signalHistory.push({ ...this.signals, at: performance.now() });
    if (!this.signalsSupported) return;
    const { dtr, rts, brk } = this.signals;
    await new Promise<void>((resolve, reject) =>
      port.set({ dtr, rts, brk }, (error) => {
        if (!error) return resolve();
        if (/inappropriate ioctl|ENOTTY|EINVAL/i.test(error.message)) {
          this.signalsSupported = false;
          return resolve();
        }
        reject(new TsmpError("PORT_VANISHED", `could not set DTR/RTS on ${this.path}: ${error.message}`, {
          hint: "check the USB cable and that the board is still plugged in",
        }));
      }),
    );
  }

  /** The DTR/RTS/break levels last asked for (a pty cannot report real ones). */
  currentSignals(): { dtr: boolean; rts: boolean; brk: boolean } {
    return { ...this.signals };
  }

  /** Changes the host-side baud rate without closing the port (esptool-js uses this when present). */
  async setBaudRate(baudRate: number): Promise<void> {
    const port = this.requirePort();
    await new Promise<void>((resolve, reject) =>
      port.update({ baudRate }, (error) => {
        if (error) {
          return reject(new TsmpError("BOOTLOADER", `could not switch ${this.path} to ${baudRate} baud: ${error.message}`, {
            hint: "try a lower speed with --baud 115200",
          }));
        }
        this.baudRate = baudRate;
        resolve();
      }),
    );
  }

  private requirePort(): SerialPort {
    if (!this.port) throw new TsmpError("PORT_VANISHED", `${this.path} is not open`);
    return this.port;
  }

  private makeReadable(port: SerialPort): ReadableStream<Uint8Array> {
    let onData: ((chunk: Buffer) => void) | null = null;
    let onClose: (() => void) | null = null;
    const detach = (): void => {
      if (onData) port.off("data", onData);
      if (onClose) port.off("close", onClose);
      onData = onClose = null;
    };
    return new ReadableStream<Uint8Array>({
      start: (controller) => {
        onData = (chunk) => {
          this.stats.bytesRead += chunk.length;
          controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length).slice());
        };
        onClose = () => {
          detach();
          try {
            controller.close();
          } catch {
            // already closed or cancelled
          }
        };
        port.on("data", onData);
        port.on("close", onClose);
      },
      cancel: () => detach(),
    });
  }

  private makeWritable(port: SerialPort): WritableStream<Uint8Array> {
    return new WritableStream<Uint8Array>({
      write: (chunk) =>
        new Promise<void>((resolve, reject) => {
          if (!port.isOpen) return reject(vanished(this.path));
          this.stats.bytesWritten += chunk.length;
          // A write to a port whose device went away can stay pending forever: bound it by the
          // time the bytes need on the wire (10 bits a byte) with a generous margin, and by 'close'.
          const wireMs = (chunk.length * 10 * 1000) / this.baudRate;
          let settled = false;
          const finish = (error?: Error): void => {
            if (settled) return;
            settled = true;
            clearTimeout(timer);
            port.off("close", onClose);
            if (error) reject(error);
            else resolve();
          };
          const lose = (): void => {
            this.lost = true;
            finish(vanished(this.path));
          };
          const onClose = lose;
          const timer = setTimeout(lose, 3000 + 4 * wireMs);
          port.once("close", onClose);
          port.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength), (error) => {
            if (error) return finish(error);
            port.drain((drainError) => finish(drainError ?? undefined));
          });
        }),
    });
  }
}

export function vanished(path: string): TsmpError {
  return new TsmpError("PORT_VANISHED", `the serial port ${path} stopped taking data (board unplugged or reset?)`, {
    hint: "plug the board back in (a data-capable USB cable) and run the command again",
  });
}

/** Maps the OS error of opening a serial port to a user-facing TsmpError. */
export function openError(path: string, error: Error): TsmpError {
  const text = error.message;
  if (/ENOENT|no such file|cannot open .*: no such/i.test(text) || /File not found/i.test(text)) {
    return new TsmpError("PORT_NOT_FOUND", `serial port ${path} does not exist`, {
      hint: "plug the board in and run `tsmp ports` to list the serial ports",
      cause: error,
    });
  }
  if (/EACCES|permission denied/i.test(text)) {
    return new TsmpError("PORT_PERMISSION", `no permission to open ${path}`, {
      hint: "add yourself to the serial group (Debian/Ubuntu: sudo usermod -aG dialout $USER, then log out and in)",
      cause: error,
    });
  }
  if (/EBUSY|lock|resource temporarily unavailable/i.test(text)) {
    return new TsmpError("PORT_BUSY", `${path} is in use by another program`, {
      hint: "close other serial monitors (tsmp monitor, Thonny, Arduino IDE, screen) and try again",
      cause: error,
    });
  }
  return new TsmpError("PORT_NOT_FOUND", `could not open ${path}: ${text}`, {
    hint: "check the cable and run `tsmp ports` to list the serial ports",
    cause: error,
  });
}

/** USB vendor/product id of a serial device path, when the OS lists it (never for a pty). */
export async function lookupUsbIds(path: string): Promise<WebSerialPortInfo> {
  try {
    const real = await fs.realpath(path).catch(() => path);
    // Listing is best effort and must never hold up flashing (it runs udevadm on Linux).
    let timer: NodeJS.Timeout | undefined;
    const ports = await Promise.race([
      SerialPort.list(),
      new Promise<Awaited<ReturnType<typeof SerialPort.list>>>((resolve) => (timer = setTimeout(() => resolve([]), 2000))),
    ]).finally(() => clearTimeout(timer));
    for (const candidate of ports) {
      const candidateReal = await fs.realpath(candidate.path).catch(() => candidate.path);
      if (candidate.path !== path && candidateReal !== real) continue;
      const vendor = candidate.vendorId ? Number.parseInt(candidate.vendorId, 16) : Number.NaN;
      const product = candidate.productId ? Number.parseInt(candidate.productId, 16) : Number.NaN;
      return {
        ...(Number.isFinite(vendor) ? { usbVendorId: vendor } : {}),
        ...(Number.isFinite(product) ? { usbProductId: product } : {}),
      };
    }
  } catch {
    // listing ports is best effort: esptool-js only uses the ids to pick a reset strategy
  }
  return {};
}
