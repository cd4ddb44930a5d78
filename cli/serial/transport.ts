/**
 * SerialTransport: the one place that knows MicroPython's REPL bytes. Opens a serial path with
 * `serialport` (a USB bridge like /dev/ttyUSB0 or the sim's pseudo-terminal, same code), interrupts
 * the running program, enters the raw REPL, runs code with raw-paste (flow-controlled) when the
 * board offers it and plain raw REPL otherwise, follows the output, soft-resets, and closes.
 * Everything else (file operations, uploads) is built on `exec` / `eval`.
 */
import { existsSync } from "node:fs";
import { SerialPort } from "serialport";
import { TsmpError } from "../errors.ts";
import { InputBuffer, ReadTimeout } from "./input-buffer.ts";
import { noPromptError, openError, vanishedError } from "./port-errors.ts";
import { openPort } from "./open-port.ts";

const CTRL_A = 0x01; // enter raw REPL
const CTRL_B = 0x02; // leave raw REPL
const CTRL_C = 0x03; // KeyboardInterrupt
const CTRL_D = 0x04; // end of code / soft reset
const RAW_BANNER = "raw REPL; CTRL-B to exit\r\n";

export interface TransportOptions {
  baudRate?: number;
  /** How long to wait for a MicroPython prompt (default 5000 ms). */
  promptTimeoutMs?: number;
  /** Cancels any pending read and closes the port. */
  signal?: AbortSignal;
  /**
   * Fault injection for tests and benches: close the port after this many bytes have been written
   * (as if the cable were pulled at that byte). Never set in normal use.
   */
  cutAfterBytes?: number;
}

/** A Python exception raised on the board by code we ran. */
export class BoardExecError extends TsmpError {
  constructor(readonly stderr: string, readonly stdout: string) {
    const last = stderr.trim().split(/\r?\n/).pop() ?? "error";
    super("DEVICE_ERROR", `the board reported: ${last}`, {
      hint: "this is an error in tsmp's board-side code or the board's filesystem; run `tsmp monitor` to look at the board",
    });
  }
}

export type RawMode = "paste" | "raw";

export class SerialTransport {
  readonly path: string;
  /** Bytes written to / read from the wire since open. */
  bytesOut = 0;
  bytesIn = 0;
  /** How code is sent: decided the first time `exec` runs ("paste" when the board offers raw-paste). */
  mode: RawMode | undefined;
  private readonly port: SerialPort;
  private readonly input = new InputBuffer();
  private readonly promptTimeoutMs: number;
  private readonly cutAfterBytes: number | undefined;
  private inRawRepl = false;
  private closed = false;
  private listeners = new Set<(chunk: Buffer) => void>();
  private closeListeners = new Set<(error?: Error) => void>();

  private constructor(path: string, port: SerialPort, options: TransportOptions) {
    this.path = path;
    this.port = port;
    this.promptTimeoutMs = options.promptTimeoutMs ?? 5000;
    this.cutAfterBytes = options.cutAfterBytes;
    port.on("data", (chunk: Buffer) => {
      this.bytesIn += chunk.length;
      if (this.listeners.size > 0) for (const l of this.listeners) l(chunk);
      else this.input.push(chunk);
    });
    port.on("close", (error?: Error) => {
      const wasClosed = this.closed;
      this.closed = true;
      this.input.fail(wasClosed ? new TsmpError("DEVICE_ERROR", `${path} is closed`) : vanishedError(path, "the transfer"));
      for (const l of this.closeListeners) l(wasClosed ? undefined : error ?? new Error("disconnected"));
    });
    port.on("error", (error: Error) => {
      this.input.fail(vanishedError(path, `the transfer (${error.message})`));
    });
    options.signal?.addEventListener("abort", () => void this.close(), { once: true });
  }

  /** Opens the port; errors say the fix (permission, busy, missing). Does not talk to the board yet. */
  static async open(path: string, options: TransportOptions = {}): Promise<SerialTransport> {
    if (!existsSync(path)) throw openError(path, Object.assign(new Error("No such file or directory"), { code: "ENOENT" }));
    const port = new SerialPort({ path, baudRate: options.baudRate ?? 115200, autoOpen: false, lock: true } as ConstructorParameters<typeof SerialPort>[0]);
    await openPort(port, path);
    return new SerialTransport(path, port, options);
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  /** Monitor mode: receive every byte as it arrives instead of buffering it for reads. */
  onData(listener: (chunk: Buffer) => void): () => void {
    const pending = this.input.drain();
    if (pending.length) listener(pending);
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Called once when the port closes; `error` is set when it went away on its own (unplug, reset). */
  onClose(listener: (error?: Error) => void): () => void {
    this.closeListeners.add(listener);
    return () => this.closeListeners.delete(listener);
  }

  async write(data: Uint8Array | string): Promise<void> {
    let bytes = typeof data === "string" ? Buffer.from(data, "latin1") : Buffer.from(data);
    if (this.closed) throw vanishedError(this.path, "the transfer");
    let cut = false;
    if (this.cutAfterBytes !== undefined && this.bytesOut + bytes.length >= this.cutAfterBytes) {
      bytes = bytes.subarray(0, Math.max(0, this.cutAfterBytes - this.bytesOut));
      cut = true;
    }
    this.bytesOut += bytes.length;
    if (bytes.length > 0) {
      await new Promise<void>((resolve, reject) => {
        this.port.write(bytes, (error) => (error ? reject(vanishedError(this.path, `the transfer (${error.message})`)) : resolve()));
      });
      await new Promise<void>((resolve) => this.port.drain(() => resolve()));
    }
    if (cut) {
      await this.close();
      throw vanishedError(this.path, "the transfer (cut on purpose)");
    }
  }

  /** Stops the running program: Ctrl-C twice, then forgets whatever it printed. */
  async interrupt(): Promise<void> {
    await this.write(Uint8Array.of(CTRL_C, CTRL_C));
    await sleep(50);
    this.input.drain();
  }

  /**
   * Interrupts the program and enters the raw REPL. Throws NO_PROMPT (naming the port) when the
   * board gives no raw-REPL banner within the prompt timeout.
   */
  async enterRawRepl(): Promise<void> {
    const deadline = Date.now() + this.promptTimeoutMs;
    const seen: Buffer[] = [];
    // What the program printed before we said anything is not part of this session's traffic.
    this.bytesIn -= this.input.drain().length;
    for (let attempt = 0; ; attempt++) {
      await this.interrupt();
      await this.write(Uint8Array.of(CTRL_A));
      try {
        const wait = Math.max(100, Math.min(attempt === 0 ? 1500 : 1000, deadline - Date.now()));
        await this.input.readUntil(RAW_BANNER, wait);
        await this.input.readUntil(">", Math.max(100, deadline - Date.now()));
        await this.settle();
        this.inRawRepl = true;
        return;
      } catch (error) {
        if (!(error instanceof ReadTimeout)) throw error;
        seen.push(Buffer.from(error.seen));
        if (Date.now() >= deadline - 50) throw noPromptError(this.path, Math.round(this.promptTimeoutMs / 1000), Buffer.concat(seen));
      }
    }
  }

  /**
   * A board that was busy (or half-way through a cut upload) may answer our Ctrl-C late, with a
   * second banner after the one we read: wait until the line is quiet and forget it, so the next
   * answer we read is the answer to our next request.
   */
  private async settle(quietMs = 60, maxMs = 1500): Promise<void> {
    const until = Date.now() + maxMs;
    for (;;) {
      const before = this.bytesIn;
      await sleep(quietMs);
      this.input.drain();
      if (this.bytesIn === before || Date.now() > until) return;
    }
  }

  /** Runs `code` on the board in the raw REPL and returns what it printed; a Python exception throws BoardExecError. */
  async exec(code: string, timeoutMs = 15000): Promise<string> {
    const { stdout, stderr } = await this.execRaw(code, timeoutMs);
    if (stderr.length > 0) throw new BoardExecError(stderr, stdout);
    return stdout;
  }

  /** Evaluates a Python expression on the board and returns its `repr` text. */
  async eval(expression: string, timeoutMs = 15000): Promise<string> {
    return (await this.exec(`print(repr(${expression}))`, timeoutMs)).trim();
  }

  /** Runs code and returns both streams without judging them. */
  async execRaw(code: string, timeoutMs = 15000): Promise<{ stdout: string; stderr: string }> {
    if (!this.inRawRepl) await this.enterRawRepl();
    const bytes = Buffer.from(code, "utf8");
    if (this.mode !== "raw") {
      const pasted = await this.tryRawPaste(bytes);
      if (!pasted) await this.rawWrite(bytes);
    } else {
      await this.rawWrite(bytes);
    }
    try {
      const out = await this.input.readUntil([CTRL_D], timeoutMs);
      const err = await this.input.readUntil([CTRL_D], timeoutMs);
      await this.input.readUntil(">", timeoutMs);
      return { stdout: out.subarray(0, -1).toString("utf8"), stderr: err.subarray(0, -1).toString("utf8") };
    } catch (error) {
      if (error instanceof ReadTimeout) {
        throw new TsmpError("DEVICE_ERROR", `${this.path} stopped answering while running code`, {
          hint: "press the board's reset button and run the command again",
        });
      }
      throw error;
    }
  }

  /** Raw-paste: returns false when the board refused it (then the caller sends the code the plain way). */
  private async tryRawPaste(code: Buffer): Promise<boolean> {
    await this.write(Uint8Array.of(0x05, 0x41, 0x01));
    const head = await this.read(2, "the raw-paste answer");
    const answer = head.toString("latin1");
    if (answer === "R\x00") {
      this.mode = "raw";
      return false;
    }
    if (answer === "ra") {
      // A board too old to know raw-paste took the request for another Ctrl-A and printed the banner again.
      await this.input.readUntil("w REPL; CTRL-B to exit\r\n>", this.promptTimeoutMs);
      this.mode = "raw";
      return false;
    }
    if (answer !== "R\x01") throw new TsmpError("DEVICE_ERROR", `unexpected answer ${JSON.stringify(answer)} to raw-paste from ${this.path}`);
    this.mode = "paste";
    const increment = (await this.read(2, "the raw-paste window")).readUInt16LE(0);
    let window = increment;
    let at = 0;
    while (at < code.length) {
      // Take every flow-control byte already here; block only when the window is used up.
      while (window === 0 || this.input.pending > 0) {
        const flow = (await this.read(1, "raw-paste flow control", 10000))[0];
        if (flow === 0x01) window += increment;
        else if (flow === CTRL_D) {
          // The board wants us to stop (e.g. it ran out of memory compiling): end the code.
          await this.write(Uint8Array.of(CTRL_D));
          return true;
        } else throw new TsmpError("DEVICE_ERROR", `unexpected byte 0x${flow!.toString(16)} during raw-paste from ${this.path}`);
      }
      const piece = code.subarray(at, at + window);
      await this.write(piece);
      window -= piece.length;
      at += piece.length;
    }
    await this.write(Uint8Array.of(CTRL_D));
    await this.input.readUntil([CTRL_D], 10000);
    return true;
  }

  /** Plain raw REPL: the code in small pieces, then Ctrl-D; the board answers "OK". */
  private async rawWrite(code: Buffer): Promise<void> {
    for (let at = 0; at < code.length; at += 256) {
      await this.write(code.subarray(at, at + 256));
      if (at + 256 < code.length) await sleep(10);
    }
    await this.write(Uint8Array.of(CTRL_D));
    const ok = await this.read(2, "OK after the code");
    if (ok.toString("latin1") !== "OK") throw new TsmpError("DEVICE_ERROR", `the board did not accept the code (answered ${JSON.stringify(ok.toString("latin1"))})`);
  }

  private async read(count: number, what: string, timeoutMs = this.promptTimeoutMs): Promise<Buffer> {
    try {
      return await this.input.readExact(count, timeoutMs);
    } catch (error) {
      if (error instanceof ReadTimeout) {
        throw new TsmpError("DEVICE_ERROR", `no answer from ${this.path} while waiting for ${what}`, {
          hint: "press the board's reset button and run the command again",
        });
      }
      throw error;
    }
  }

  /** Leaves the raw REPL (back to the friendly `>>> ` prompt). */
  async exitRawRepl(): Promise<void> {
    await this.write(Uint8Array.of(0x0d, CTRL_B));
    this.inRawRepl = false;
  }

  /**
   * Soft-resets the board so it runs boot.py then main.py: leaves the raw REPL, sends Ctrl-D at
   * the friendly prompt and waits (briefly) for "soft reboot".
   */
  async softReset(waitMs = 3000): Promise<void> {
    if (this.inRawRepl) await this.exitRawRepl();
    await sleep(50);
    this.input.drain();
    await this.write(Uint8Array.of(CTRL_D));
    this.inRawRepl = false;
    try {
      await this.input.readUntil("soft reboot", waitMs);
    } catch (error) {
      if (!(error instanceof ReadTimeout)) throw error;
    }
  }

  /** Releases the port (idempotent). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.input.fail(new TsmpError("DEVICE_ERROR", `${this.path} is closed`));
    await new Promise<void>((resolve) => {
      if (!this.port.isOpen) return resolve();
      this.port.close(() => resolve());
    });
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
