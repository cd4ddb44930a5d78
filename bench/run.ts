/**
 * `npm run bench`: runs every bench/*.bench.ts (or the ones named on the command line) and prints
 * one table. Each bench reports ratios against a baseline measured in the same run, because the
 * machines here are shared and noisy; nothing here is a pass/fail assertion.
 */
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { join } from "node:path";
import type { Bench, BenchRow } from "./types.ts";

const benchDir = fileURLToPath(new URL(".", import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(benchDir)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const rows: Array<BenchRow & { file: string }> = [];
for (const file of files) {
  process.stderr.write(`bench: ${file} …\n`);
  const bench = (await import(pathToFileURL(join(benchDir, file)).href)).default as Bench;
  for (const row of await bench()) rows.push({ ...row, file });
}
const fmt = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(3));
const table = rows.map((r) => [r.file.replace(".bench.ts", ""), r.name, `${fmt(r.value)} ${r.unit}`, r.target ?? "", r.note ?? ""]);
const header = ["area", "measure", "value", "target", "note"];
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd();
console.log(line(header));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const row of table) console.log(line(row));
