/**
 * Watch mode (issue 4 item 10): the rebuild `tsmp build --watch` does after an edit of
 * src/main.ts, against the cold build of the same session (the ts-morph project created, every file
 * read, parsed and type-checked), on a copy of examples/light-status. Median of 5 edits.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createBuildSession } from "../compiler/index.ts";
import type { BenchRow } from "./types.ts";

const example = fileURLToPath(new URL("../examples/light-status/", import.meta.url));

export default async function bench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), "tsmp-watch-bench-"));
  try {
    cpSync(example, dir, { recursive: true, filter: (p) => !/[\\/](dist|\.tsmp)([\\/]|$)/.test(p) });
    cpSync(join(dir, "config.example.json"), join(dir, "config.json"));
    const main = join(dir, "src", "main.ts");
    const source = readFileSync(main, "utf8");
    const session = createBuildSession(dir);
    let started = performance.now();
    const cold = session.build();
    const coldMs = performance.now() - started;
    if (!cold.ok) return [{ name: "watch: cold build", value: cold.diagnostics.length, unit: "errors", note: cold.diagnostics[0]?.message }];
    const rebuilds: number[] = [];
    for (let i = 0; i < 5; i++) {
      writeFileSync(main, `${source}\n// edit ${i}\n`);
      started = performance.now();
      const r = session.build([main]);
      rebuilds.push(performance.now() - started);
      if (!r.ok) return [{ name: "watch: rebuild", value: r.diagnostics.length, unit: "errors", note: r.diagnostics[0]?.message }];
    }
    rebuilds.sort((a, b) => a - b);
    const median = rebuilds[2]!;
    return [{ name: "watch-mode rebuild after editing main.ts / cold build (light-status)", value: median / coldMs, unit: "x", note: `${median.toFixed(0)} vs ${coldMs.toFixed(0)} ms, median of 5` }];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
