/**
 * `npx tsx test/compiler/fuzz-repro.ts N [N…]`: prints fuzz input number N (same seeds as
 * fuzz-suite.ts; TSMP_FUZZ_SEED applies), compiles it with compileSource and shows the answer.
 */
import { loadCompiler } from "./corpus-compiler.ts";
import { fuzzInput } from "./fuzz-inputs.ts";
import { checkAnswer } from "./fuzz-check.ts";

const compiler = await loadCompiler();
for (const arg of process.argv.slice(2)) {
  const input = fuzzInput(Number(arg));
  console.log(`=== input ${arg} (${input.kind}, seed ${input.seed})\n${input.text}`);
  const answer = await compiler.compileSource(input.text, { fileName: "main.ts" });
  for (const d of answer.diagnostics) console.log(`main.ts(${d.line},${d.column ?? d.col}): ${d.code} ${d.message}`);
  console.log("problems:", checkAnswer(input.text, "main.ts", answer));
  if (answer.ok) console.log(answer.files.get("main.py"));
}
