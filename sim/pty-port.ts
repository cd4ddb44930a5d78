/**
 * The virtual board's USB serial port: a pseudo-terminal held open by node-pty (its child is a
 * shell that puts the line in raw mode and then sleeps), so `serialport` opens the slave path
 * exactly like /dev/ttyUSB0. Bytes to the host are written to the master fd with fs.write
 * (byte-exact, unlike term.write); when the pty is full they queue, and once nobody has read for
 * a second the oldest are dropped past 64 KB, as a USB-serial bridge with no reader loses them.
 */
import { writeSync } from "node:fs";
import * as pty from "node-pty";
import { TsmpError } from "../cli/errors.ts";

/** Output kept for a port nobody reads (older bytes are dropped, as a USB bridge would lose them). */
const IDLE_QUEUE_LIMIT = 64 * 1024;
/** A reader that stalls this long counts as no reader. */
const STALL_MS = 1000;
/** Never queue more than this, reader or not. */
const HARD_QUEUE_LIMIT = 8 * 1024 * 1024;

interface UnixPty extends pty.IPty {
  readonly fd: number;
  readonly ptsName: string;
}

export class PtyPort {
  private queue: Buffer[] = [];
  private queued = 0;
  private timer?: NodeJS.Timeout;
  private closed = false;
  private lastProgress = Date.now();

  private constructor(private readonly term: UnixPty) {}

  /** Open a pty in raw mode; resolves once the line discipline is set. */
  static async open(onData: (data: Buffer) => void): Promise<PtyPort> {
    let term: UnixPty;
    try {
      term = pty.spawn("/bin/sh", ["-c", "stty raw -echo -onlcr 2>/dev/null; printf R; exec sleep 2147483647"], {
        name: "dumb",
        cols: 80,
        rows: 24,
        encoding: null,
      } as pty.IPtyForkOptions) as unknown as UnixPty;
    } catch (e) {
      throw new TsmpError("DEVICE_ERROR", `could not create a pseudo-terminal: ${e instanceof Error ? e.message : String(e)}`, {
        hint: "the sim needs /dev/ptmx (Linux or macOS); check that node-pty's native module is built (npm rebuild node-pty)",
      });
    }
    const port = new PtyPort(term);
    await new Promise<void>((resolve) => {
      let ready = false;
      term.onData((data: string | Buffer) => {
        const bytes = typeof data === "string" ? Buffer.from(data, "latin1") : data;
        if (!ready) {
          const at = bytes.indexOf(0x52); // the "R" printed once stty ran
          if (at < 0) return;
          ready = true;
          resolve();
          if (at + 1 < bytes.length) onData(bytes.subarray(at + 1));
          return;
        }
        onData(bytes);
      });
    });
    return port;
  }

  /** The slave device path, e.g. /dev/pts/3. */
  get path(): string {
    return this.term.ptsName;
  }

  write(data: Uint8Array): void {
    if (this.closed) return;
    if (this.queue.length === 0) this.lastProgress = Date.now(); // nothing was waiting: no stall
    this.queue.push(Buffer.from(data));
    this.queued += data.length;
    const limit = Date.now() - this.lastProgress > STALL_MS ? IDLE_QUEUE_LIMIT : HARD_QUEUE_LIMIT;
    while (this.queued > limit && this.queue.length > 1) this.queued -= this.queue.shift()!.length;
    this.flush();
  }

  private flush(): void {
    while (this.queue.length > 0 && !this.closed) {
      const head = this.queue[0]!;
      let n = 0;
      try {
        n = writeSync(this.term.fd, head);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "EAGAIN") throw e;
      }
      if (n > 0) this.lastProgress = Date.now();
      if (n === head.length) {
        this.queue.shift();
        this.queued -= n;
        continue;
      }
      if (n > 0) {
        this.queue[0] = head.subarray(n);
        this.queued -= n;
      }
      if (!this.timer) {
        this.timer = setTimeout(() => {
          this.timer = undefined;
          this.flush();
        }, 5);
      }
      return;
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    try {
      this.term.kill("SIGKILL");
    } catch {
      // already gone
    }
  }
}
