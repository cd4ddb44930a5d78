/**
 * runtime-py/tsmp_casemap.py on MicroPython against Node: toUpperCase / toLowerCase of every code
 * point Node changes (the table was read from Node; this catches a stale or mis-encoded table), of
 * some it leaves alone, and the final-sigma rule in words (a capital sigma counts as cased before another).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";

/** Code points whose upper or lower case differs in Node, plus a few that stay the same. */
function sampleCodePoints(): number[] {
  const out: number[] = [0x41, 0x7a, 0xd7, 0x2460, 0x4e2d, 0x1f600];
  for (let c = 0x80; c < 0x20000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const s = String.fromCodePoint(c);
    if (s.toUpperCase() !== s || s.toLowerCase() !== s) out.push(c);
  }
  return out;
}

describe("tsmp_casemap on MicroPython", () => {
  it("maps every changed code point and Greek sigmas in words as Node does", async () => {
    let out = "";
    const mp = await loadMicroPython({ stdout: (s: string | Uint8Array) => void (out += String(s)), heapsize: 4 << 20 });
    mp.runPython(readFileSync(new URL("../../runtime-py/tsmp_casemap.py", import.meta.url), "utf8"));
    const codes = sampleCodePoints();
    const words = ["ΟΔΟΣ ΣΑ Σ", "ΣΑΣ.", "ΑΣ'Α", "aΣb", "Σ", "straße İstanbul ǅ", "\ud801\udc28x", "ΑΣΣ", "ΣΣ"];
    mp.runPython(
      [
        `codes = [int(x) for x in "${codes.join(",")}".split(",")]`,
        `words = [${words.map((w) => JSON.stringify(w)).join(",")}]`,
        "res = [[case_map(chr(c), True), case_map(chr(c), False)] for c in codes]",
        "res += [[case_map(w, True), case_map(w, False)] for w in words]",
        "import json",
        "print(json.dumps(res))",
      ].join("\n"),
    );
    const got = JSON.parse(out) as string[][];
    const want = [...codes.map((c) => String.fromCodePoint(c)), ...words].map((s) => [s.toUpperCase(), s.toLowerCase()]);
    expect(got.length).toBe(want.length);
    const wrong = want.flatMap((w, i) => (JSON.stringify(w) === JSON.stringify(got[i]) ? [] : [`${JSON.stringify(w)} got ${JSON.stringify(got[i])}`]));
    expect(wrong.slice(0, 10)).toEqual([]);
  });
});
