/** A test's view of a serial port (the sim's pty, opened with serialport like the flash tool does). */
import { SerialPort } from "serialport";

export class SerialSession {
  private data = Buffer.alloc(0);
  private mark = 0;
  private waiters: (() => void)[] = [];

  private constructor(private readonly port: SerialPort) {
    port.on("data", (d: Buffer) => {
      this.data = Buffer.concat([this.data, d]);
      for (const w of this.waiters.splice(0)) w();
    });
  }

  static async open(path: string): Promise<SerialSession> {
    const port = new SerialPort({ path, baudRate: 115200, autoOpen: false });
    await new Promise<void>((resolve, reject) => port.open((e) => (e ? reject(e) : resolve())));
    return new SerialSession(port);
  }

  write(data: string | Buffer): Promise<void> {
    return new Promise((resolve, reject) => {
      this.port.write(typeof data === "string" ? Buffer.from(data, "latin1") : data, (e) => (e ? reject(e) : resolve()));
    });
  }

  /** Everything received since the last `expect`/`skipTo` (latin1 text). */
  get pending(): string {
    return this.data.subarray(this.mark).toString("latin1");
  }

  /** Wait until `needle` arrives after the mark; returns the text up to and including it and moves the mark past it. */
  async expect(needle: string | RegExp, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const text = this.pending;
      const m = typeof needle === "string" ? (text.includes(needle) ? { index: text.indexOf(needle), len: needle.length } : undefined) : (() => {
        const r = needle.exec(text);
        return r ? { index: r.index, len: r[0].length } : undefined;
      })();
      if (m) {
        const upto = text.slice(0, m.index + m.len);
        this.mark += Buffer.byteLength(upto, "latin1");
        return upto;
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${JSON.stringify(String(needle))}; got ${JSON.stringify(text)}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => { clearTimeout(t); resolve(); });
      });
    }
  }

  /** Ctrl-C twice, wait for the friendly prompt and for the line to go quiet; forget what came before. */
  async prompt(): Promise<void> {
    await this.write("\r\x03\x03");
    await this.expect(/>>> $/);
    for (let seen = -1; seen !== this.data.length; ) {
      seen = this.data.length;
      await new Promise((r) => setTimeout(r, 150));
    }
    this.mark = this.data.length;
  }

  /** Raw REPL exec (no raw-paste): returns [stdout, stderr] as the board sent them. */
  async rawExec(code: string): Promise<[string, string]> {
    await this.write(code + "\x04");
    await this.expect("OK");
    const body = await this.expect(/\x04[^\x04]*\x04>/);
    const [out, err] = body.slice(0, -1).split("\x04");
    return [out!, err!];
  }

  async close(): Promise<void> {
    if (!this.port.isOpen) return;
    await new Promise<void>((resolve) => this.port.close(() => resolve()));
  }
}
