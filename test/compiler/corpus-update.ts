/**
 * `npx tsx test/compiler/corpus-update.ts`: regenerates `test/corpus/<name>.expected` from Node for
 * every corpus program (the reference output the compiled MicroPython must match byte for byte).
 * Also rewrites the hash manifest (corpus-manifest.ts). Refuses to write an expected file for a program that fails, times out or writes to stderr under Node.
 */
import { writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { listCorpus } from "./corpus-programs.ts";
import { mapLimit, runUnderNode } from "./corpus-node.ts";
import { writeManifest } from "./corpus-manifest.ts";

const only = process.argv.slice(2);
const programs = listCorpus().filter((p) => only.length === 0 || only.some((o) => p.name.includes(o)));
let bad = 0;
await mapLimit(programs, Math.max(2, availableParallelism()), async (program) => {
  const run = await runUnderNode(program);
  if (run.exitCode !== 0 || run.timedOut || run.stderr !== "") {
    bad++;
    process.stderr.write(`${program.name}: exit ${run.exitCode}${run.timedOut ? " (timed out)" : ""}\n${run.stderr}\n`);
    return;
  }
  writeFileSync(program.expectedFile, run.stdout);
});
writeManifest(listCorpus());
process.stderr.write(`corpus-update: ${programs.length - bad} expected files written, ${bad} programs broken under Node\n`);
process.exitCode = bad === 0 ? 0 : 1;
