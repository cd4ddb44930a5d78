/**
 * `npx tsx test/compiler/corpus-report.ts [--write-lists] [--show-python] [filter…]`: runs the
 * differential corpus and prints each program's status with the first difference, full diffs of
 * the wrong ones, and totals. `--write-lists` rewrites known-refused.txt / known-wrong.txt from this
 * run (review the git diff before committing: the corpus test asserts these lists exactly).
 */
import { writeFileSync } from "node:fs";
import { formatTrackedList, knownRefusedFile, knownWrongFile, listCorpus } from "./corpus-programs.ts";
import { runCorpus, type Outcome } from "./corpus-differential.ts";

const args = process.argv.slice(2);
const writeLists = args.includes("--write-lists");
const showPython = args.includes("--show-python");
const filters = args.filter((a) => !a.startsWith("--"));
const all = listCorpus();
const programs = all.filter((p) => filters.length === 0 || filters.some((f) => p.name.includes(f)));

const started = performance.now();
const outcomes = await runCorpus(programs, {
  onOutcome: (o) => process.stderr.write(`${o.kind.padEnd(7)} ${o.program.name}${o.kind === "refused" ? "  " + o.codes : o.kind === "wrong" ? "  " + o.summary : ""}\n`),
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);

for (const o of outcomes) {
  if (o.kind === "refused" && filters.length > 0) {
    console.log(`\n=== ${o.program.name}: refused`);
    for (const d of o.diagnostics) console.log(`  ${d.file ?? ""}(${d.line ?? "?"},${d.col ?? d.column ?? "?"}): ${d.code} ${d.message}`);
  }
  if (o.kind !== "wrong") continue;
  console.log(`\n=== ${o.program.name}: ${o.summary}`);
  const want = o.expected.split("\n");
  const got = o.run.stdout.split("\n");
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    if (want[i] === got[i]) continue;
    console.log(`  ${String(i + 1).padStart(3)} node: ${JSON.stringify(want[i] ?? "<none>")}`);
    console.log(`      mpy : ${JSON.stringify(got[i] ?? "<none>")}`);
  }
  if (o.run.stderr) console.log("  stderr: " + o.run.stderr.trim().split("\n").join("\n          "));
  if (showPython) console.log(o.python.get("main.py") ?? [...o.python.values()][0]);
}

const count = (k: Outcome["kind"]) => outcomes.filter((o) => o.kind === k).length;
console.log(`\n${programs.length} programs in ${seconds}s: ${count("pass")} pass, ${count("wrong")} wrong, ${count("refused")} refused`);

if (writeLists) {
  if (programs.length !== all.length) throw new Error("--write-lists needs the whole corpus (no filter)");
  const refused = new Map(outcomes.flatMap((o) => (o.kind === "refused" ? [[o.program.name, o.codes] as const] : [])));
  const wrong = new Map(outcomes.flatMap((o) => (o.kind === "wrong" ? [[o.program.name, o.summary] as const] : [])));
  writeFileSync(knownRefusedFile, formatTrackedList("# corpus programs the compiler refuses: name<TAB>diagnostic codes (asserted exactly by test/compiler/corpus.test.ts)", refused));
  writeFileSync(knownWrongFile, formatTrackedList("# corpus programs that compile but print differently from Node: name<TAB>first difference (names asserted exactly by test/compiler/corpus.test.ts)", wrong));
  console.log(`wrote ${knownRefusedFile} (${refused.size}) and ${knownWrongFile} (${wrong.size})`);
}
