/**
 * The bytes received from the board, waiting to be read: `readUntil` a marker or `readExact` a count,
 * each with a timeout. Fed by the transport's data handler; failed once when the port goes away.
 */
export class ReadTimeout extends Error {
  constructor(readonly seen: Uint8Array, what: string) {
    super(`timed out waiting for ${what}`);
  }
}

export class InputBuffer {
  private buf: Buffer = Buffer.alloc(0);
  private wake: (() => void) | undefined;
  private failure: Error | undefined;

  push(chunk: Uint8Array): void {
    this.buf = this.buf.length === 0 ? Buffer.from(chunk) : Buffer.concat([this.buf, chunk]);
    this.wake?.();
  }

  /** After this every pending and future read rejects with `error` (once the buffered bytes do not satisfy it). */
  fail(error: Error): void {
    this.failure ??= error;
    this.wake?.();
  }

  /** Everything received and not read yet (and forget it). */
  drain(): Buffer {
    const out = this.buf;
    this.buf = Buffer.alloc(0);
    return out;
  }

  get pending(): number {
    return this.buf.length;
  }

  /** Bytes up to and including `marker`. */
  readUntil(marker: Uint8Array | string | number[], timeoutMs: number): Promise<Buffer> {
    const m = typeof marker === "string" ? Buffer.from(marker, "latin1") : Buffer.from(marker);
    return this.waitFor(() => {
      const at = this.buf.indexOf(m);
      return at < 0 ? undefined : at + m.length;
    }, timeoutMs, JSON.stringify(m.toString("latin1")));
  }

  readExact(count: number, timeoutMs: number): Promise<Buffer> {
    return this.waitFor(() => (this.buf.length >= count ? count : undefined), timeoutMs, `${count} byte(s)`);
  }

  private waitFor(take: () => number | undefined, timeoutMs: number, what: string): Promise<Buffer> {
    return new Promise<Buffer>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const check = (): void => {
        const n = take();
        if (n !== undefined) {
          const out = this.buf.subarray(0, n);
          this.buf = this.buf.subarray(n);
          done();
          resolve(Buffer.from(out));
        } else if (this.failure) {
          done();
          reject(this.failure);
        }
      };
      const done = (): void => {
        if (timer) clearTimeout(timer);
        this.wake = undefined;
      };
      if (this.wake) {
        reject(new Error("InputBuffer: two reads at once"));
        return;
      }
      this.wake = check;
      timer = setTimeout(() => {
        done();
        reject(new ReadTimeout(Buffer.from(this.buf), what));
      }, timeoutMs);
      check();
    });
  }
}
