/**
 * One differential run of the whole corpus: compile every program with the real compiler, run each
 * accepted one on a fresh MicroPython VM, and classify it against its Node output as
 * pass / wrong (compiled but printed differently, crashed or timed out) / refused (diagnostics).
 * Shared by corpus.test.ts and corpus-report.ts.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { loadCompiler, refusalCodes, type CompileOutput, type CompilerApi, type CorpusDiagnostic } from "./corpus-compiler.ts";
import { MicroPythonPool, type MpRun } from "./corpus-micropython.ts";
import { SimProgramRunner } from "./corpus-sim-runner.ts";
import { readExpected, type CorpusProgram } from "./corpus-programs.ts";

export type Outcome =
  | { kind: "pass"; program: CorpusProgram }
  | { kind: "refused"; program: CorpusProgram; codes: string; diagnostics: CorpusDiagnostic[] }
  | { kind: "wrong"; program: CorpusProgram; expected: string; run: MpRun; summary: string; python: Map<string, string> };

/** Which compiled file is the program's entry: `main.py`, else the entry's own name, else the only file. */
export function entryOf(files: Map<string, string>, entryTs: string): string | undefined {
  if (files.has("main.py")) return "main.py";
  const own = basename(entryTs).replace(/\.ts$/, ".py");
  if (files.has(own)) return own;
  const top = [...files.keys()].filter((k) => !k.includes("/"));
  return top.length === 1 ? top[0] : undefined;
}

const clip = (s: string, n = 70): string => JSON.stringify(s.length > n ? s.slice(0, n) + "…" : s);

/** One line saying where two outputs first differ (what known-wrong.txt records). */
export function diffSummary(expected: string, run: MpRun): string {
  if (run.timedOut) return "timed out";
  const want = expected.split("\n");
  const got = run.stdout.split("\n");
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    if (want[i] !== got[i]) {
      const crash = run.exitCode !== 0 ? ` [exit ${run.exitCode}: ${lastLine(run.stderr)}]` : "";
      if (got[i] === undefined) return `line ${i + 1}: output ends early, expected ${clip(want[i] ?? "")}${crash}`;
      if (want[i] === undefined) return `line ${i + 1}: extra output ${clip(got[i] ?? "")}${crash}`;
      return `line ${i + 1}: expected ${clip(want[i] ?? "")} got ${clip(got[i] ?? "")}${crash}`;
    }
  }
  return `exit ${run.exitCode}: ${lastLine(run.stderr)}`;
}

function lastLine(text: string): string {
  const lines = text.trim().split("\n");
  return (lines[lines.length - 1] ?? "").slice(0, 120);
}

/**
 * Single-file programs go through the fast path `compileSource` (same output as `compileProgram`,
 * checked on a sample by corpus.test.ts, ~4x faster); folders through `compileProgram` (disk, imports).
 */
export async function compileCorpusProgram(compiler: CompilerApi, program: CorpusProgram): Promise<CompileOutput> {
  if (program.sources.size === 1) return compiler.compileSource(readFileSync(program.entry, "utf8"), { fileName: "main.ts" });
  return compiler.compileProgram(program.entry);
}

export interface RunOptions {
  workers?: number;
  timeoutMs?: number;
  onOutcome?: (o: Outcome) => void;
}

export async function runCorpus(programs: CorpusProgram[], options: RunOptions = {}): Promise<Outcome[]> {
  const compiler = await loadCompiler();
  // TSMP_CORPUS_BACKEND=sim runs each program through the virtual board's runProgram instead.
  const pool =
    process.env["TSMP_CORPUS_BACKEND"] === "sim"
      ? new SimProgramRunner(options.workers ?? 2, options.timeoutMs ?? 10_000)
      : new MicroPythonPool(options.workers ?? 2, options.timeoutMs ?? 10_000);
  const pending: Array<Promise<Outcome>> = [];
  try {
    for (const program of programs) {
      const expected = readExpected(program);
      if (expected === undefined) throw new Error(`${program.name} has no .expected file: run npx tsx test/compiler/corpus-update.ts`);
      // Compiling is synchronous CPU work in this thread; running overlaps with it in the worker
      // threads. Yield between compiles so their replies are handled promptly.
      await new Promise<void>((resolve) => setImmediate(resolve));
      const built = await compileCorpusProgram(compiler, program);
      let outcome: Promise<Outcome>;
      if (!built.ok) {
        outcome = Promise.resolve({ kind: "refused", program, codes: refusalCodes(built.diagnostics), diagnostics: built.diagnostics });
      } else {
        const entry = entryOf(built.files, program.entry);
        const run = entry
          ? pool.run(built.files, entry)
          : Promise.resolve({ stdout: "", stderr: `no entry file among ${[...built.files.keys()].join(", ")}`, exitCode: 2, timedOut: false });
        outcome = run.then((r): Outcome =>
          r.stdout === expected && r.exitCode === 0 && !r.timedOut
            ? { kind: "pass", program }
            : { kind: "wrong", program, expected, run: r, summary: diffSummary(expected, r), python: built.files },
        );
      }
      pending.push(outcome.then((o) => (options.onOutcome?.(o), o)));
    }
    return await Promise.all(pending);
  } finally {
    await pool.close();
  }
}
