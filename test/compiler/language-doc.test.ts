/** docs/language.md lists exactly the diagnostics of compiler/diagnostics.ts, with the same texts. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { messages } from "../../compiler/diagnostics.ts";

const doc = readFileSync(new URL("../../docs/language.md", import.meta.url), "utf8");
const rows = doc
  .split("\n")
  .filter((l) => /^\| TSMP\d{4} \|/.test(l))
  .map((l) => l.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim().replace(/\\\|/g, "|")));

describe("docs/language.md and the diagnostics table agree", () => {
  it("every code of the table is documented once, and nothing else", () => {
    const documented = rows.map((r) => r[0]).sort();
    const table = Object.values(messages).map((m) => m.code).sort();
    expect(documented).toEqual(table);
    expect(new Set(table).size).toBe(table.length);
  });

  it("each documented row has the table's name, message and hint", () => {
    for (const [name, spec] of Object.entries(messages)) {
      const row = rows.find((r) => r[0] === spec.code);
      expect(row, spec.code).toBeDefined();
      expect(row!.slice(1)).toEqual([`\`${name}\``, spec.message, spec.hint]);
    }
  });

  it("codes are grouped by range: 1xxx project, 2xxx syntax, 3xxx library, 9xxx internal", () => {
    for (const [name, spec] of Object.entries(messages)) {
      expect(spec.code, name).toMatch(/^TSMP[1239]\d{3}$/);
      expect(spec.hint.length, name).toBeGreaterThan(10);
    }
  });
});
