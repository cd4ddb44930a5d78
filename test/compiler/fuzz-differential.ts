/**
 * `npx tsx test/compiler/fuzz-differential.ts [count] [tiny|small|large] [firstSeed]`: differential
 * fuzzing — generated programs (fuzz-generate.ts) run under Node (types stripped, in a fresh `vm`
 * context with a timeout, console captured with Node's own formatting) and compiled + run on a fresh
 * MicroPython VM; prints every program whose output differs, with its seed. Findings are turned into
 * small corpus programs by hand (the corpus is the tracked regression set; this script is a probe).
 */
import { Writable } from "node:stream";
import { Console } from "node:console";
import vm from "node:vm";
import ts from "typescript";
import { loadCompiler } from "./corpus-compiler.ts";
import { MicroPythonPool } from "./corpus-micropython.ts";
import { generateProgram, LARGE, SMALL, TINY } from "./fuzz-generate.ts";
import { diffSummary } from "./corpus-differential.ts";

/**
 * Runs a single-file program under Node in a fresh context (timers wrapped so the run ends when
 * none are pending); undefined when it throws, times out or leaves timers running.
 */
export async function runInNode(source: string): Promise<string | undefined> {
  const js = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
  let out = "";
  let failed = false;
  let pending = 0;
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      out += chunk.toString("utf8");
      done();
    },
  });
  const console = new Console({ stdout: sink, stderr: sink, colorMode: false });
  const guard = (fn: () => void) => () => {
    try {
      fn();
    } catch {
      failed = true;
    }
  };
  const context = {
    console,
    setTimeout: (fn: () => void, ms?: number) => {
      pending++;
      return setTimeout(() => {
        pending--;
        guard(fn)();
      }, ms);
    },
    queueMicrotask: (fn: () => void) => queueMicrotask(guard(fn)),
  };
  try {
    vm.runInNewContext(js.replace(/^export \{\};?\s*$/m, ""), context, { timeout: 2000 });
  } catch {
    return undefined;
  }
  const started = Date.now();
  do {
    await new Promise((r) => setTimeout(r, 5));
  } while (pending > 0 && Date.now() - started < 3000);
  return failed || pending > 0 ? undefined : out;
}

const count = Number(process.argv[2] ?? 200);
const size = { tiny: TINY, small: SMALL, large: LARGE }[process.argv[3] ?? "small"] ?? SMALL;
const first = Number(process.argv[4] ?? 1);
const compiler = await loadCompiler();
const pool = new MicroPythonPool(2, 10_000);
let accepted = 0;
let compared = 0;
let differ = 0;
const jobs: Array<Promise<void>> = [];
for (let seed = first; seed < first + count; seed++) {
  const text = generateProgram(seed, size);
  const expected = await runInNode(text);
  if (expected === undefined) continue;
  await new Promise<void>((r) => setImmediate(r));
  const built = await compiler.compileSource(text, { fileName: "main.ts" });
  if (!built.ok) continue;
  accepted++;
  jobs.push(
    pool.run(built.files).then((run) => {
      compared++;
      if (run.stdout === expected && run.exitCode === 0) return;
      differ++;
      console.log(`\n=== seed ${seed}: ${diffSummary(expected, run)}\n${text}`);
    }),
  );
}
await Promise.all(jobs);
await pool.close();
console.log(`\n${count} generated, ${accepted} accepted, ${compared} compared, ${differ} differ from Node`);
