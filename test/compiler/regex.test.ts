/**
 * The regular-expression translator (compiler/lower/regex.ts): JS pattern + flags → MicroPython
 * pattern or a refusal naming the feature, one line per case; refusals located inside the literal;
 * and a differential table run on real MicroPython (exec results: index and groups, as in Node).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";
import { translateRegex, fitsMicroPython } from "../../compiler/lower/regex.ts";
import { compileSource } from "../../compiler/index.ts";

/** The translation with bytes shown as \xNN (str patterns are UTF-8 text, shown as such). */
function shown(pattern: string, flags = ""): string {
  const t = translateRegex(pattern, flags);
  if (!t.ok) return `refused: ${t.feature}`;
  const hex = (c: number) => "\\x" + c.toString(16).padStart(2, "0");
  const text = [...t.python].map((c) => (c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f || (t.bytes && c.charCodeAt(0) >= 0x80) ? hex(c.charCodeAt(0)) : c)).join("");
  return `${t.bytes ? "b" : ""}${text} (${t.groups})`;
}

const translations: Array<[string, string, string]> = [
  // [pattern, flags, expected]
  ["\\d+", "", "\\d+ (0)"],
  ["(\\w+)@(\\w+)\\.com", "g", "(\\w+)@(\\w+)\\.com (2)"],
  ["a{2,4}", "", "aa(?:aa?)? (0)"],
  ["a{2,}?", "", "aaa*? (0)"],
  ["x{0}", "", " (0)"],
  ["[.]", "", "\\. (0)"],
  ["{", "", "\\{ (0)"],
  ["a/b", "", "a/b (0)"],
  ["\\x41\\u0042\\t", "", "AB\\x09 (0)"],
  ["é+", "", "(?:é)+ (0)"],
  ["abc", "i", "[Aa][Bb][Cc] (0)"],
  ["[^x]", "i", "b[^Xx\\x80-\\xbf][\\x80-\\xbf]* (0)"],
  [".", "", "b(?:[^\\x0a\\x0d\\x80-\\xbf\\xff][\\x80-\\xbf]*|\\xff[^\\x8d\\x8e]) (0)"],
  ["\\S+", "", "b(?:[^\\x09-\\x0d \\x80-\\xbf\\xff][\\x80-\\xbf]*)+ (0)"],
  ["\\s", "", "b[\\x09-\\x0d \\xff][\\x80-\\xbf]* (0)"],
  ["[^\\x00-\\x7f]", "", "b[\\xc0-\\xff][\\x80-\\xbf]* (0)"],
  ["\\u00a0", "", "b\\xff\\x80 (0)"],
  [".", "s", "b[^\\x80-\\xbf][\\x80-\\xbf]* (0)"],
  ["\\W", "", "b[^0-9A-Z_a-z\\x80-\\xbf][\\x80-\\xbf]* (0)"],
  ["[é-ë]", "", "b\\xc3[\\xa9\\xaa\\xab] (0)"],
  ["\\0", "", "b[^\\x01-\\x7f\\x80-\\xff] (0)"],
  ["(a)|(b)", "", "(a)|(b) (2)"],
  ["ü", "i", "b\\xc3[\\x9c\\xbc] (0)"],
  ["σ", "i", "b(?:\\xce\\xa3|\\xcf[\\x82\\x83]) (0)"],
];

const refusals: Array<[string, string, string]> = [
  ["(?<=a)b", "", "lookbehind (?<=...)"],
  ["a(?!b)", "", "lookahead (?!...)"],
  ["(?<year>\\d+)", "", "a named group (?<name>...)"],
  ["(a)\\1", "", "the backreference \\1"],
  ["\\bword\\b", "", "the word boundary \\b"],
  ["a", "m", "the multiline flag 'm'"],
  ["a", "u", "the unicode flag 'u'"],
  ["a", "y", "the sticky flag 'y'"],
  ["(a*)*", "", "repeating (with * + or {n,}) a part that can match the empty string"],
  ["(a?)+", "", "repeating (with * + or {n,}) a part that can match the empty string"],
  ["(a*)?", "", "an optional capturing group that can match the empty string"],
  ["(?:(a)|b)+", "", "a repeated group holding a capturing group that may not take part in every repetition"],
  ["(ab){2}", "", "a capturing group inside a counted repetition {n,m}"],
  ["[😀]", "", "an emoji or other character outside the BMP inside a class [...] (JavaScript sees two UTF-16 units)"],
  ["😀+", "", "a quantifier after an emoji or other character outside the BMP (JavaScript repeats only its second UTF-16 unit)"],
  ["(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)+", "", "a pattern this large"],
  ["a{101}", "", "a counted repetition above {100}"],
];

describe("regex translator", () => {
  for (const [p, f, want] of translations) it(`/${p}/${f} → ${JSON.stringify(want)}`, () => expect(shown(p, f)).toBe(want));
  for (const [p, f, want] of refusals) it(`/${p}/${f} refused: ${want}`, () => expect(shown(p, f)).toBe(`refused: ${want}`));

  it("sizes patterns the way MicroPython's re does (jump offsets of one signed byte)", () => {
    expect(fitsMicroPython(`(?:${Array(10).fill("ab").join("|")})`)).toBe(true);
    expect(fitsMicroPython(`(?:${Array(40).fill("ab").join("|")})`)).toBe(false);
    expect(fitsMicroPython(`(?:${"x".repeat(55)})+`)).toBe(true);
    expect(fitsMicroPython(`(?:${"x".repeat(70)})+`)).toBe(false);
  });

  it("locates a refusal at the feature inside the literal, with the hint", () => {
    const r = compileSource(`const ok = /^\\d+(?<=5)$/;\nconsole.log(ok);`);
    expect(r.ok).toBe(false);
    const d = r.diagnostics.find((x) => x.code === "TSMP2008")!;
    expect(d.message).toBe("lookbehind (?<=...) cannot be compiled to MicroPython's re");
    expect([d.line, d.column]).toEqual([1, 17]);
    expect(d.hint).toMatch(/rewrite the pattern/);
  });
});

// [pattern, flags, subject]: exec on Node and on MicroPython must agree (index and every group).
const differential: Array<[string, string, string]> = [
  ["\\D+", "", "12éé😀x3"], ["\\w+", "", "  héllo_1 "], ["\\W+", "", "ab, ç c"], ["\\s+", "", "a \t\n\r\v\fb"],
  ["\\s", "", "x\u00a0"], ["\\s", "", "x\u2028"], ["\\s", "", "x\ufeff "], ["[^a-c]+", "", "abéz😀"],
  ["^ab", "", "x\nab"], ["ab$", "", "ab\n"], ["(a)(b)?", "", "a"], ["a*?b", "", "aaab"], ["a{2,3}?", "", "aaaa"],
  [".", "", "\r\u2028x"], [".+", "", "héllo\n"], [".+", "s", "héllo\nx"], ["[é-ë]+", "", "aêéz"], ["[^é]", "", "éa"],
  ["[^a-z]+", "i", "AbZ12"], ["\\0", "", "a\u0000b"], ["[\\0-\\x1f]+", "", "a\u0000\u0001b"], ["(?:(a)b|a)c", "", "ac"],
  ["(a|ab)(c|bcd)(d*)", "", "abcd"], ["[\\u0080-\\u07ff]+", "", "aéĀ߿ࠀ"], ["[^\\x00-\\x7f]+", "", "abcéü😀d"],
  ["[^ ,\\n\\u00a0]+", "", "a\u00a0b,c"], ["\\S+", "", " \u00a0é\u2028x\u3000yz\ufeff"], ["(\\s+)(\\S+)", "", "é\u00a0\u2000ü\u2029"],
  [".+", "", "\u00a0a\u2028b"], ["[^\\s,;]+", "", "\u3000ab;c"], ["[\\u2000-\\u206f]+", "", "a\u2001\u2050\u205f"], ["\\u00a0", "", "x\u00a0"], ["x?y?", "", "z"], ["[\\]\\\\^-]+", "", "a]\\^-b"], ["(x)?y", "", "y"],
  ["σ+", "i", "xΣσςX"], ["[^é]+", "i", "ÉéEe"], ["\\W+", "i", "a-ſK"], ["[a-z]+", "i", "1ſKkZ"], ["ǅ", "i", "ǆ"],
];

function pyLiteral(s: string, bytes: boolean): string {
  let o = bytes ? 'b"' : '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === "\\" || ch === '"') o += "\\" + ch;
    else if (c < 0x20 || c === 0x7f || (bytes && c >= 0x80)) o += "\\x" + c.toString(16).padStart(2, "0");
    else o += ch;
  }
  return o + '"';
}

describe("translated patterns on MicroPython", () => {
  it("RegExp.exec (runtime-py/tsmp_regex.py) gives the same index and groups as Node", async () => {
    let out = "";
    const mp = await loadMicroPython({ stdout: (s: string | Uint8Array) => void (out += String(s) + "\n"), heapsize: 4 << 20 });
    try {
      mp.FS.mkdir("/lib");
    } catch {
      // the port may have it
    }
    for (const mod of ["tsmp_core", "tsmp_regex"]) mp.FS.writeFile(`/lib/${mod}.py`, readFileSync(new URL(`../../runtime-py/${mod}.py`, import.meta.url), "utf8"));
    const lines = ["import sys, json", "sys.path.append('/lib')", "from tsmp_regex import RegExp", "from tsmp_core import null"];
    for (const [p, f, subject] of differential) {
      const t = translateRegex(p, f);
      if (!t.ok) throw new Error(`refused ${p}: ${t.feature}`);
      lines.push(`m = RegExp("", ${pyLiteral(f, false)}, ${t.groups}, ${pyLiteral(t.python, t.bytes)}).exec(${pyLiteral(subject, false)})`);
      lines.push(`print("null" if m is null else json.dumps([m.index] + list(m)))`);
    }
    // whatever the size check accepts, MicroPython compiles
    const near = [10, 12, 14, 16, 18].flatMap((k) => [Array(k).fill("abc").join("|"), `(?:${"xy".repeat(k * 2)})+`, `(?:${Array(k).fill("[a-z]").join("")})?`]);
    for (const p of near.filter(fitsMicroPython)) lines.push(`RegExp("", "", 0, ${pyLiteral(p, false)})`);
    mp.runPython(lines.join("\n"));
    const got = out.trim().split("\n").map((l) => (l === "null" ? l : JSON.stringify(JSON.parse(l))));
    const want = differential.map(([p, f, subject]) => {
      const m = new RegExp(p, f).exec(subject);
      return m ? JSON.stringify([m.index, ...[...m].map((x) => x ?? null)]) : "null";
    });
    expect(got).toEqual(want);
  });
});
