/**
 * The Unicode tables committed in runtime-py/tsmp_casemap.py and runtime-py/tsmp_strwidth.py are
 * the ones test/compiler/runtime-tables.ts computes from this Node (rerun it with --write when not).
 */
import { describe, expect, it } from "vitest";
import { currentTableFiles, pyTableLiteral, withTables } from "./runtime-tables.ts";

describe("runtime Unicode tables", () => {
  it("rewrites only the named table literal, in 96-character pieces", () => {
    const source = `# head\n_A = (\n    "old"\n)\n_B = (\n    "keep"\n)\n`;
    const text = "x".repeat(100);
    expect(withTables(source, { _A: text })).toBe(`# head\n${pyTableLiteral("_A", text)}\n_B = (\n    "keep"\n)\n`);
    expect(pyTableLiteral("_A", text)).toBe(`_A = (\n    "${"x".repeat(96)}"\n    "xxxx"\n)`);
  });

  it("committed tables equal those computed from this Node", () => {
    for (const { file, committed, current } of currentTableFiles()) {
      expect(committed, `${file.pathname} is stale: npx tsx test/compiler/runtime-tables.ts --write`).toBe(current);
    }
  }, 60_000);
});
