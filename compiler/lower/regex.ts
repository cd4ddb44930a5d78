/**
 * The regular-expression translator: a JavaScript pattern (and its flags) to the pattern
 * MicroPython's `re` runs with exactly the same matches, or a refusal naming the feature.
 * Pure: no ts-morph, no context. Parsing and checks: regex-parse.ts; UTF-8 byte patterns:
 * regex-emit.ts; MicroPython's size limits: regex-size.ts. The result is a `str` pattern when it
 * is valid UTF-8 text, else a `bytes` pattern.
 */
import { Parser, Refuse, check } from "./regex-parse.ts";
import { emit } from "./regex-emit.ts";
import { fitsMicroPython } from "./regex-size.ts";

export { fitsMicroPython } from "./regex-size.ts";
export { SPACE_MARKS } from "./regex-parse.ts";

/** A translated pattern: `python` holds byte values 0–255 (one per char), `groups` the capture count. */
export interface RegexTranslation {
  ok: true;
  python: string;
  bytes: boolean;
  groups: number;
  flags: string;
}

/** A refusal: the feature (for the message), a hint, and the offset in the JS pattern. */
export interface RegexRefusal {
  ok: false;
  feature: string;
  hint: string;
  offset: number;
}

export function regexSource(pattern: string): string {
  if (pattern === "") return "(?:)";
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "\\") {
      out += c + (pattern[i + 1] ?? "");
      i++;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "]") inClass = false;
    if (c === "/" && !inClass) out += "\\/";
    else if (c === "\n") out += "\\n";
    else if (c === "\r") out += "\\r";
    else if (c === "\u2028") out += "\\u2028";
    else if (c === "\u2029") out += "\\u2029";
    else out += c;
  }
  return out;
}

/** Flags in the order JavaScript's `flags` getter lists them. */
export function canonicalFlags(flags: string): string {
  return "dgimsuvy".split("").filter((f) => flags.includes(f)).join("");
}

/** Translates a JavaScript pattern + flags; never throws. */
export function translateRegex(pattern: string, flags: string): RegexTranslation | RegexRefusal {
  for (const f of flags) {
    if (!"gis".includes(f)) {
      const why: Record<string, string> = {
        m: "the multiline flag 'm'",
        u: "the unicode flag 'u'",
        v: "the unicode-sets flag 'v'",
        y: "the sticky flag 'y'",
        d: "the indices flag 'd'",
      };
      return { ok: false, feature: why[f] ?? `the flag '${f}'`, hint: f === "m" ? "MicroPython's re has no multiline ^ and $: split the text into lines first (text.split(\"\\n\")) and match each line" : "use only the flags g, i and s", offset: -1 };
    }
  }
  try {
    const parser = new Parser(pattern, { i: flags.includes("i"), s: flags.includes("s") });
    const rx = parser.parse();
    check(rx);
    const python = emit(rx);
    if (!fitsMicroPython(python)) throw new Refuse("a pattern this large", "MicroPython's re limits a repeated part, an optional part or a list of alternatives to about 120 bytes of compiled code: split the pattern into several, or shorten the alternatives", 0);
    const bytes = [...python].map((c) => c.charCodeAt(0));
    const text = Buffer.from(bytes).toString("utf8");
    const valid = Buffer.from(text, "utf8").equals(Buffer.from(bytes));
    return { ok: true, python: valid ? text : python, bytes: !valid, groups: parser.groups, flags: canonicalFlags(flags) };
  } catch (e) {
    if (e instanceof Refuse) return { ok: false, feature: e.feature, hint: e.hint, offset: e.offset };
    throw e;
  }
}
