/** Helpers for the virtual-board tests: temp folders with programs, output capture, an echo server. */
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Writable } from "node:stream";

export function tempDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "tsmp-sim-test-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

export class Capture extends Writable {
  chunks: Buffer[] = [];
  constructor(private readonly onText?: (text: string) => void) {
    super();
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: () => void): void {
    this.chunks.push(Buffer.from(chunk));
    this.onText?.(this.text);
    cb();
  }
  get text(): string {
    return Buffer.concat(this.chunks).toString("utf8");
  }
}

/** A TCP echo server on 127.0.0.1 that upper-cases nothing: it echoes bytes back as they come. */
export async function startEchoServer(): Promise<{ port: number; server: Server; close(): Promise<void> }> {
  const server = createServer((socket) => {
    socket.on("data", (d) => {
      if (d.toString() === "bye\n") socket.end("closing\n");
      else socket.write(d);
    });
    socket.on("error", () => {});
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { port, server, close: () => new Promise((r) => server.close(() => r())) };
}
