/**
 * Alternative MicroPython backend for the corpus: the virtual board's own `runProgram`
 * (sim/index.ts) — the compiled files written to a temp folder and run with the board modules, on
 * the WebAssembly VM or a unix `micropython` (TSMP_MICROPYTHON / PATH, as the sim selects it).
 * Chosen with TSMP_CORPUS_BACKEND=sim; same interface as MicroPythonPool.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Writable } from "node:stream";
import type { MpRun } from "./corpus-micropython.ts";

function collector(into: Buffer[]): Writable {
  return new Writable({
    write(chunk: Buffer | string, _enc, done) {
      into.push(typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk));
      done();
    },
  });
}

export class SimProgramRunner {
  private running = 0;
  private waiting: Array<() => void> = [];

  constructor(private readonly size: number, private readonly timeoutMs = 10_000) {}

  async run(files: Map<string, string>, entry = "main.py"): Promise<MpRun> {
    while (this.running >= this.size) await new Promise<void>((r) => this.waiting.push(r));
    this.running++;
    const dir = mkdtempSync(join(tmpdir(), "tsmp-corpus-sim-"));
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const abort = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, this.timeoutMs);
    try {
      for (const [rel, text] of files) {
        mkdirSync(dirname(join(dir, rel)), { recursive: true });
        writeFileSync(join(dir, rel), text);
      }
      const { runProgram } = await import("../../sim/index.ts");
      const exitCode = await runProgram({ dir, entry, stdout: collector(out), stderr: collector(err), signal: abort.signal });
      return { stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8"), exitCode, timedOut };
    } finally {
      clearTimeout(timer);
      rmSync(dir, { recursive: true, force: true });
      this.running--;
      this.waiting.shift()?.();
    }
  }

  async close(): Promise<void> {}
}
