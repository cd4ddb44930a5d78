/**
 * Mutated programs for the fuzzer: a corpus program with 1–3 seeded edits — lines deleted,
 * duplicated or swapped, operators and literals replaced, identifiers swapped, stray punctuation
 * inserted, the text cut short. Many results are broken TypeScript on purpose: the compiler must
 * answer each with located diagnostics, never a crash.
 */
import { Rng } from "./fuzz-random.ts";

const OPERATORS = ["+", "-", "*", "/", "%", "**", "===", "!==", "<", "<=", ">", ">=", "&&", "||", "??", "&", "|", "^", "<<", ">>", ">>>", "=", "+=", "?."];
const LITERALS = ["0", "-0", "1", "-1", "0.5", "1e21", "2147483648", "NaN", "Infinity", '""', '"x"', "null", "undefined", "true", "[]", "{}", "-1e-7"];
const JUNK = ["{", "}", "(", ")", "[", "]", ";", ",", ".", "=", "=>", "?", ":", "'", '"', "`", "...", "async ", "await ", "new ", "return ", "yield ", "let ", "#", "@", "\\", "/*", "//", "${"];
const INSERTIONS = [
  "var hoisted = 1;",
  "label: for (;;) { break label; }",
  "const re = /ab+c/;",
  "debugger;",
  "let s = Symbol('x');",
  "function* gen() { yield 1; }",
  "const big = 10n;",
  "with (Math) { }",
  "eval('1');",
  "const p = new Proxy({}, {});",
  "declare const ext: number;",
  "namespace NS { export const a = 1; }",
  "let x, y = (1, 2);",
  "const o = { get g() { return 1; } };",
  "console.log(arguments);",
  "if (1 == 1) console.log('loose');",
  "import { nothing } from './missing';",
  "export default 5;",
  "throw 'str';",
  "delete Math.PI;",
];

export function mutateProgram(source: string, seed: number): string {
  const r = new Rng(seed);
  let text = source;
  const edits = r.int(1, 3);
  for (let e = 0; e < edits; e++) text = mutateOnce(text, r);
  return text;
}

function mutateOnce(text: string, r: Rng): string {
  const lines = text.split("\n");
  const li = r.int(0, Math.max(0, lines.length - 1));
  switch (r.int(0, 9)) {
    case 0:
      lines.splice(li, 1);
      return lines.join("\n");
    case 1:
      lines.splice(li, 0, lines[li] ?? "");
      return lines.join("\n");
    case 2: {
      const lj = r.int(0, Math.max(0, lines.length - 1));
      [lines[li], lines[lj]] = [lines[lj] ?? "", lines[li] ?? ""];
      return lines.join("\n");
    }
    case 3:
      return replaceToken(text, r, /(\*\*|===|!==|<=|>=|&&|\|\||\?\?|>>>|<<|>>|\+=|\?\.|[+\-*/%<>&|^=])/g, () => r.pick(OPERATORS));
    case 4:
      return replaceToken(text, r, /\b\d+(\.\d+)?(e-?\d+)?\b|"[^"\n]*"|\btrue\b|\bfalse\b|\bnull\b/g, () => r.pick(LITERALS));
    case 5: {
      const ids = [...new Set(text.match(/\b[A-Za-z_$][\w$]*\b/g) ?? [])];
      if (ids.length < 2) return text;
      const to = r.pick(ids);
      return replaceToken(text, r, /\b[A-Za-z_$][\w$]*\b/g, () => to);
    }
    case 6: {
      const at = r.int(0, text.length);
      return text.slice(0, at) + r.pick(JUNK) + text.slice(at);
    }
    case 7:
      return text.slice(0, r.int(0, text.length));
    case 8:
      lines.splice(li, 0, r.pick(INSERTIONS));
      return lines.join("\n");
    default: {
      const at = r.int(0, text.length);
      const len = r.int(1, 20);
      return text.slice(0, at) + text.slice(at + len);
    }
  }
}

/** Replaces one randomly chosen match of `pattern` with `make()`. */
function replaceToken(text: string, r: Rng, pattern: RegExp, make: () => string): string {
  const matches = [...text.matchAll(pattern)];
  if (matches.length === 0) return text;
  const m = r.pick(matches);
  return text.slice(0, m.index) + make() + text.slice(m.index! + m[0].length);
}
