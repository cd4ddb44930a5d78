/**
 * `npx tsx test/compiler/fuzz-run.ts [count] [start]`: the fuzz test's checks (fuzz-check.ts plus the
 * MicroPython syntax check of accepted output) over inputs start..start+count-1 of the same seeded
 * sequence (fuzz-inputs.ts), outside vitest, printing progress and the compile rate every 500 inputs.
 * For long runs such as the full 10,000; exits non-zero when any input fails.
 */
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";
import { loadCompiler } from "./corpus-compiler.ts";
import { checkFuzzInput } from "./fuzz-check.ts";

const count = Number(process.argv[2] ?? 10_000);
const start = Number(process.argv[3] ?? 0);
const compiler = await loadCompiler();
const mp = await loadMicroPython({ heapsize: 4 * 1024 * 1024, stdout: () => {}, stderr: () => {} });
let accepted = 0;
let failed = 0;
let ms = 0;
const kinds = new Map<string, number>();
for (let i = start; i < start + count; i++) {
  const { input, problems, answer, ms: took } = await checkFuzzInput(compiler, mp, i);
  ms += took;
  if (answer?.ok) accepted++;
  else for (const d of answer?.diagnostics ?? []) kinds.set(d.code, (kinds.get(d.code) ?? 0) + 1);
  if (problems.length > 0) {
    failed++;
    console.log(`FAIL input ${i} (${input.kind}, seed ${input.seed}): ${problems.slice(0, 3).join(" | ")}`);
  }
  const done = i - start + 1;
  if (done % 500 === 0 || done === count) {
    console.log(`${done}/${count} inputs, ${accepted} accepted, ${failed} failed, ${(ms / done).toFixed(1)} ms per compileSource`);
  }
}
const top = [...kinds].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([c, n]) => `${c}×${n}`).join(" ");
console.log(`refusal codes (diagnostics): ${top}`);
process.exitCode = failed === 0 ? 0 : 1;
