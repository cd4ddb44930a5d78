/**
 * Writing a parsed pattern (regex-parse.ts) as a MicroPython re pattern, one char per byte.
 * MicroPython's re matches UTF-8 bytes, so each set of code points becomes UTF-8 byte sequences
 * that match whole characters: continuation positions may be `.` or negated classes (the text is
 * valid UTF-8), full lead bytes are followed by [\x80-\xbf]*, and the Unicode spaces are the
 * two-byte marks the runtime puts in their place (SPACE_MARKS).
 */
import { type Range, type Rx, MAX_CP, DIGIT, WORD, SPACE_MARKS, normalize, complement, contains } from "./regex-parse.ts";

// ── UTF-8 byte sequences for code point ranges ──────────────────────────────────────────────────
// The subject is valid UTF-8, so a byte after a lead byte is always a continuation byte: a
// continuation position may be written as `.` (any byte) or a negated class, and a lead byte
// whose every character is in the set is followed by `[\x80-\xbf]*` (the rest of the character).

/** The UTF-8 length classes: [length, lead prefix, lowest valid, highest valid]. */
const LENGTHS: Array<[number, number, number, number]> = [
  [2, 0xc0, 0x80, 0x7ff],
  [3, 0xe0, 0x800, 0xffff],
  [4, 0xf0, 0x10000, 0x10ffff],
];

/** `ranges` ∩ [lo, hi], shifted down by `lo`. */
function slice(ranges: Range[], lo: number, hi: number): Range[] {
  const out: Range[] = [];
  for (const [a, b] of ranges) {
    const x = Math.max(a, lo);
    const y = Math.min(b, hi);
    if (x <= y) out.push([x - lo, y - lo]);
  }
  return out;
}

/** A class over byte values; `universe` bounds the negated form (both are exact on valid input). */
function byteSet(values: Range[], base: number, universe: Range): string {
  const bytes = values.map(([a, b]) => [a + base, b + base] as Range);
  if (bytes.length === 1 && bytes[0]![0] === bytes[0]![1]) {
    const c = byte(bytes[0]![0]);
    return META.has(c) ? "\\" + c : c;
  }
  const others = complementWithin(bytes, universe);
  if (others.length === 0) return ".";
  return others.length < bytes.length ? `[^${classBody(others)}]` : `[${classBody(bytes)}]`;
}

function complementWithin(ranges: Range[], [lo, hi]: Range): Range[] {
  const out: Range[] = [];
  let next = lo;
  for (const [a, b] of normalize(ranges)) {
    if (a > next) out.push([next, a - 1]);
    next = Math.max(next, b + 1);
  }
  if (next <= hi) out.push([next, hi]);
  return out;
}

/** The continuation bytes for a set of values in [0, 64^k): pattern text, "" when every value is in. */
function continuation(ranges: Range[], k: number): string {
  const size = 64 ** k;
  if (ranges.length === 1 && ranges[0]![0] === 0 && ranges[0]![1] === size - 1) return ".".repeat(k);
  const step = 64 ** (k - 1);
  const groups = new Map<string, Range[]>();
  for (let c = 0; c < 64; c++) {
    const sub = slice(ranges, c * step, c * step + step - 1);
    if (sub.length === 0) continue;
    const key = k === 1 ? "" : continuation(normalize(sub), k - 1);
    const list = groups.get(key) ?? [];
    list.push([c, c]);
    groups.set(key, list);
  }
  const alts = [...groups].map(([tail, cs]) => byteSet(normalize(cs), 0x80, [0x80, 0xbf]) + tail);
  return alts.length === 1 ? alts[0]! : `(?:${alts.join("|")})`;
}

/** The non-ASCII part of a set: lead bytes followed by any rest of the character, and other alternatives. */
function highParts(ranges: Range[]): { fullLeads: Range[]; alts: string[] } {
  const fullLeads: Range[] = [];
  const groups = new Map<string, Range[]>();
  for (const [n, prefix, vlo, vhi] of LENGTHS) {
    const k = n - 1;
    const span = 64 ** k;
    const leads = n === 2 ? 32 : n === 3 ? 16 : 8;
    for (let l = 0; l < leads; l++) {
      // raw values l*span … of this lead; values below vlo (overlong) and above vhi never occur
      const lo = l * span;
      const hi = lo + span - 1;
      const validLo = Math.max(lo, vlo);
      const validHi = Math.min(hi, vhi);
      let sub = validLo <= validHi ? slice(ranges, validLo, validHi).map(([a, b]) => [a + validLo - lo, b + validLo - lo] as Range) : [];
      if (validLo > validHi) {
        // a lead byte that never occurs: put it with the full leads when its neighbours are
        continue;
      }
      if (sub.length === 0) continue;
      // the values of this lead that never occur count as members
      if (validLo > lo) sub = normalize([...sub, [0, validLo - lo - 1]]);
      if (validHi < hi) sub = normalize([...sub, [validHi - lo + 1, span - 1]]);
      const lead = prefix + l;
      if (sub.length === 1 && sub[0]![0] === 0 && sub[0]![1] === span - 1) {
        fullLeads.push([lead, lead]);
        continue;
      }
      const key = continuation(sub, k);
      const list = groups.get(key) ?? [];
      list.push([lead, lead]);
      groups.set(key, list);
    }
  }
  // leads that never occur (c0, c1, f5–ff) join the full leads when that keeps the class short
  const full = normalize(fullLeads);
  const never: Range[] = [[0xc0, 0xc1], [0xf5, 0xfe]];
  const joined = normalize([...full, ...never.filter(([a, b]) => full.some(([x, y]) => x === b + 1 || y === a - 1))]);
  const alts = [...groups].map(([tail, leads]) => {
    const head = byteSet(normalize(leads), 0, [0xc0, 0xfe]);
    return head + (tail.startsWith("(?:") || !tail.includes("|") ? tail : `(?:${tail})`);
  });
  return { fullLeads: joined, alts };
}

// ── emission (one char per byte) ────────────────────────────────────────────────────────────────

const META = new Set("\\.^$*+?()[]{}|".split(""));
const CLASS_META = new Set("\\]^-".split(""));

function byte(b: number): string {
  return String.fromCharCode(b);
}

/** Class members; ranges never cross 0x7f/0x80 (MicroPython compares class bytes as signed chars). */
function classBody(ranges: Range[]): string {
  let out = "";
  const split = ranges.flatMap(([lo, hi]): Range[] => (lo < 0x80 && hi >= 0x80 ? [[lo, 0x7f], [0x80, hi]] : [[lo, hi]]));
  for (const [lo, hi] of split) {
    if (hi - lo <= 2 || CLASS_META.has(byte(lo)) || CLASS_META.has(byte(hi))) {
      for (let c = lo; c <= hi; c++) out += CLASS_META.has(byte(c)) ? "\\" + byte(c) : byte(c);
    } else out += `${byte(lo)}-${byte(hi)}`;
  }
  return out;
}

function same(a: Range[], b: Range[]): boolean {
  return a.length === b.length && a.every(([x, y], i) => b[i]![0] === x && b[i]![1] === y);
}

/** One byte position of a sequence as a pattern atom. */
function byteClass(ranges: Range[]): string {
  if (ranges.length === 1 && ranges[0]![0] === ranges[0]![1]) {
    const c = byte(ranges[0]![0]);
    return META.has(c) ? "\\" + c : c;
  }
  return `[${classBody(ranges)}]`;
}

/** A set of code points as pattern text; `atomic` when a quantifier may follow it directly. */
function emitSet(ranges: Range[]): { text: string; atomic: boolean } {
  const ascii: Range[] = [];
  const high: Range[] = [];
  for (const [lo, hi] of ranges) {
    if (lo < 0x80) ascii.push([lo, Math.min(hi, 0x7f)]);
    if (hi >= 0x80) high.push([Math.max(lo, 0x80), hi]);
  }
  // The runtime rewrites the Unicode spaces as 0xff + id (tsmp_regex._recode): their UTF-8 forms
  // never reach re, so the set may include or exclude them, whichever is shorter.
  const marked = SPACE_MARKS.map((cp, id) => (contains(high, cp) ? id : -1)).filter((id) => id >= 0);
  const marks: Range[] = SPACE_MARKS.map((cp) => [cp, cp] as Range);
  const withSpaces = high.length ? highParts(normalize([...high, ...marks])) : { fullLeads: [], alts: [] };
  const withoutSpaces = high.length ? highParts(complementWithin(normalize([...complement(high), ...marks]), [0x80, MAX_CP])) : { fullLeads: [], alts: [] };
  const size = (h: { fullLeads: Range[]; alts: string[] }) => h.fullLeads.length * 4 + h.alts.join("|").length;
  const { fullLeads: leads, alts } = size(withSpaces) <= size(withoutSpaces) ? withSpaces : withoutSpaces;
  const fullLeads = leads.filter(([a]) => a !== 0xff);
  // every mark in the set: 0xff is one more lead byte, whose id byte [\x80-\xbf]* takes
  if (marked.length === SPACE_MARKS.length) fullLeads.push([0xff, 0xff]);
  else if (marked.length) alts.push("\xff" + byteSet(normalize(marked.map((id) => [id, id] as Range)), 0x80, [0x80, 0x80 + SPACE_MARKS.length - 1]));
  const first = [...ascii, ...fullLeads];
  let head = "";
  let headAtomic = true;
  if (first.length) {
    const rest = fullLeads.length ? `[${classBody([[0x80, 0xbf]])}]*` : "";
    if (!fullLeads.length && ascii.length === 1 && ascii[0]![0] === ascii[0]![1] && ascii[0]![0] !== 0) {
      const c = byte(ascii[0]![0]);
      head = META.has(c) ? "\\" + c : c;
    } else if (!fullLeads.length && same(ascii, DIGIT)) head = "\\d";
    else if (!fullLeads.length && same(ascii, WORD)) head = "\\w";
    else {
      // NUL cannot appear in a MicroPython pattern: a set holding it is written negated
      const withCont = complementWithin(normalize(first), [0, 0xff]);
      const useNegated = normalize(first)[0]![0] === 0;
      head = (useNegated ? `[^${classBody(withCont)}]` : `[${classBody(normalize(first))}]`) + rest;
      headAtomic = rest === "";
    }
  }
  const all = head ? [head, ...alts] : alts;
  if (all.length === 1) return { text: all[0]!, atomic: !!head && headAtomic };
  return { text: `(?:${all.join("|")})`, atomic: true };
}

export function emit(rx: Rx): string {
  switch (rx.t) {
    case "set": {
      // An emoji or other astral character is stored in strings as its two UTF-16 surrogates
      // (lower/utf16.ts), each a 3-byte sequence: match those (quantifiers after it are refused).
      const [only] = rx.ranges;
      if (rx.ranges.length === 1 && only![0] === only![1] && only![0] > 0xffff) {
        const u = only![0] - 0x10000;
        const hi = 0xd800 + (u >> 10);
        const lo = 0xdc00 + (u & 0x3ff);
        return emitSet([[hi, hi]]).text + emitSet([[lo, lo]]).text;
      }
      return emitSet(rx.ranges).text;
    }
    case "bol": return "^";
    case "eol": return "$";
    case "seq": return rx.items.map(emit).join("");
    case "alt": return rx.alts.map(emit).join("|");
    case "group": return rx.capture ? `(${emit(rx.body)})` : `(?:${emit(rx.body)})`;
    case "rep": {
      let atom = emit(rx.body);
      if (rx.body.t !== "group" && !(rx.body.t === "set" && emitSet(rx.body.ranges).atomic)) atom = `(?:${atom})`;
      const q = rx.lazy ? "?" : "";
      const { min, max } = rx;
      if (min === 0 && max === Infinity) return `${atom}*${q}`;
      if (min === 1 && max === Infinity) return `${atom}+${q}`;
      if (min === 0 && max === 1) return `${atom}?${q}`;
      let out = atom.repeat(min);
      if (max === Infinity) return out + `${atom}*${q}`;
      let tail = "";
      for (let k = max - min; k > 0; k--) tail = tail === "" ? `${atom}?${q}` : `(?:${atom}${tail})?${q}`;
      out += tail;
      return out;
    }
  }
}
