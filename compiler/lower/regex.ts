/**
 * The regular-expression translator: a JavaScript pattern (and its flags) to the pattern
 * MicroPython's `re` runs with exactly the same matches, or a refusal naming the feature.
 * Pure: no ts-morph, no context. MicroPython's `re` matches UTF-8 bytes, so every class (`.`,
 * `\D`, `[^…]`, ranges above ASCII) becomes alternatives of UTF-8 byte sequences that match whole
 * characters; the result is a `str` pattern when it is valid UTF-8 text, else a `bytes` pattern.
 */

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

type Range = [number, number];

type Rx =
  | { t: "set"; ranges: Range[] }
  | { t: "seq"; items: Rx[] }
  | { t: "alt"; alts: Rx[] }
  | { t: "group"; capture: boolean; body: Rx }
  | { t: "rep"; min: number; max: number; lazy: boolean; body: Rx; at: number }
  | { t: "bol" }
  | { t: "eol" };

class Refuse extends Error {
  constructor(readonly feature: string, readonly hint: string, readonly offset: number) {
    super(feature);
  }
}

const MAX_CP = 0x10ffff;
const DIGIT: Range[] = [[0x30, 0x39]];
const WORD: Range[] = [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]];
/** JavaScript's \s: WhiteSpace and LineTerminator code points. */
const SPACE: Range[] = [
  [0x09, 0x0d], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f],
  [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff],
];
/** The non-ASCII spaces of \\s; the runtime marks each as 0xff, 0x80 + its index here. */
export const SPACE_MARKS = [0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];
const LINE_TERMINATORS: Range[] = [[0x0a, 0x0a], [0x0d, 0x0d], [0x2028, 0x2029]];
const REWRITE_HINT = "rewrite the pattern without it, or use string methods (indexOf, split, slice)";

export function normalize(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

export function complement(ranges: Range[]): Range[] {
  const out: Range[] = [];
  let next = 0;
  for (const [lo, hi] of normalize(ranges)) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX_CP) out.push([next, MAX_CP]);
  return out;
}

/** Canonicalize(ch) for the i flag without u (ECMAScript 22.2.2.7.3): the simple upper case. */
function canonicalize(cp: number): number {
  const u = String.fromCharCode(cp).toUpperCase();
  if (u.length !== 1) return cp;
  const c = u.charCodeAt(0);
  return cp >= 128 && c < 128 ? cp : c;
}

let caseClasses: number[][] | undefined;

/** The BMP characters that share their canonical form with another character, grouped. */
function equivalenceClasses(): number[][] {
  if (caseClasses) return caseClasses;
  const byCanon = new Map<number, number[]>();
  for (let cp = 0; cp <= 0xffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const c = canonicalize(cp);
    const list = byCanon.get(c) ?? [];
    list.push(cp);
    byCanon.set(c, list);
  }
  caseClasses = [...byCanon.values()].filter((l) => l.length > 1);
  return caseClasses;
}

function contains(ranges: Range[], cp: number): boolean {
  return ranges.some(([a, b]) => a <= cp && cp <= b);
}

/** The i flag: every character whose canonical form is that of a member joins the set. */
function caseFold(ranges: Range[]): Range[] {
  const set = normalize(ranges);
  const out = [...set];
  for (const cls of equivalenceClasses()) {
    if (cls.some((cp) => contains(set, cp))) for (const cp of cls) out.push([cp, cp]);
  }
  return normalize(out);
}

// ── parser ──────────────────────────────────────────────────────────────────────────────────────

class Parser {
  pos = 0;
  groups = 0;
  constructor(readonly src: string, readonly flags: { i: boolean; s: boolean }) {}

  peek(): string | undefined {
    return this.src[this.pos];
  }

  parse(): Rx {
    const rx = this.disjunction();
    if (this.pos < this.src.length) throw new Refuse(`an unmatched '${this.src[this.pos]}'`, "check the pattern's brackets", this.pos);
    return rx;
  }

  disjunction(): Rx {
    const alts = [this.alternative()];
    while (this.peek() === "|") {
      this.pos++;
      alts.push(this.alternative());
    }
    return alts.length === 1 ? alts[0]! : { t: "alt", alts };
  }

  alternative(): Rx {
    const items: Rx[] = [];
    for (;;) {
      const c = this.peek();
      if (c === undefined || c === "|" || c === ")") break;
      const start = this.pos;
      const atom = this.term();
      if (atom.t === "bol" || atom.t === "eol") {
        items.push(atom);
        continue;
      }
      items.push(this.quantified(atom, start));
    }
    return items.length === 1 ? items[0]! : { t: "seq", items };
  }

  quantified(atom: Rx, start: number): Rx {
    const at = this.pos;
    const c = this.peek();
    if (atom.t === "set" && atom.ranges.length === 1 && atom.ranges[0]![0] > 0xffff && c !== undefined && "*+?{".includes(c)) {
      if (c !== "{" || /^\{\d+(,\d*)?\}/.test(this.src.slice(this.pos))) throw new Refuse("a quantifier after an emoji or other character outside the BMP (JavaScript repeats only its second UTF-16 unit)", "put the character in a group: (?:😀)+", at);
    }
    let min: number, max: number;
    if (c === "*") [min, max] = [0, Infinity];
    else if (c === "+") [min, max] = [1, Infinity];
    else if (c === "?") [min, max] = [0, 1];
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos));
      if (!m) return atom;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
      if (max < min) throw new Refuse("a quantifier {n,m} with m < n", "swap the numbers", at);
      this.pos += m[0].length - 1;
    } else return atom;
    this.pos++;
    let lazy = false;
    if (this.peek() === "?") {
      lazy = true;
      this.pos++;
    }
    void start;
    return { t: "rep", min, max, lazy, body: atom, at };
  }

  term(): Rx {
    const at = this.pos;
    const c = this.src[this.pos++]!;
    switch (c) {
      case "^":
        return { t: "bol" };
      case "$":
        return { t: "eol" };
      case ".":
        return { t: "set", ranges: this.flags.s ? [[0, MAX_CP]] : complement(LINE_TERMINATORS) };
      case "(": {
        if (this.src.startsWith("?:", this.pos)) {
          this.pos += 2;
          const body = this.disjunction();
          this.expect(")", at);
          return { t: "group", capture: false, body };
        }
        if (this.src.startsWith("?=", this.pos) || this.src.startsWith("?!", this.pos)) throw new Refuse(`lookahead ${this.src.slice(this.pos - 1, this.pos + 2)}...)`, REWRITE_HINT, at);
        if (this.src.startsWith("?<=", this.pos) || this.src.startsWith("?<!", this.pos)) throw new Refuse(`lookbehind ${this.src.slice(this.pos - 1, this.pos + 3)}...)`, REWRITE_HINT, at);
        if (this.src.startsWith("?<", this.pos)) throw new Refuse("a named group (?<name>...)", "use a numbered group (...) and read it by index", at);
        if (this.peek() === "?") throw new Refuse(`the group syntax (${this.src.slice(this.pos, this.pos + 2)}`, REWRITE_HINT, at);
        this.groups++;
        const body = this.disjunction();
        this.expect(")", at);
        return { t: "group", capture: true, body };
      }
      case ")":
        throw new Refuse("an unmatched ')'", "check the pattern's brackets", at);
      case "[":
        return this.charClass(at);
      case "*":
      case "+":
      case "?":
        throw new Refuse(`a quantifier '${c}' with nothing to repeat`, "escape it as \\" + c, at);
      case "{":
        if (/^\d+(,\d*)?\}/.test(this.src.slice(this.pos))) throw new Refuse("a quantifier {n,m} with nothing to repeat", "escape it as \\{", at);
        return this.literal(0x7b, at);
      case "\\":
        return this.atomEscape(at);
      default:
        return this.literal(this.codePoint(c), at);
    }
  }

  /** A pattern character (surrogate pairs in the source stay one code point). */
  codePoint(c: string): number {
    const cp = c.codePointAt(0)!;
    if (cp >= 0xd800 && cp <= 0xdbff && this.pos < this.src.length) {
      const lo = this.src.charCodeAt(this.pos);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        this.pos++;
        return (cp - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
      }
    }
    return cp;
  }

  expect(ch: string, openedAt: number): void {
    if (this.peek() !== ch) throw new Refuse("an unclosed '('", "check the pattern's brackets", openedAt);
    this.pos++;
  }

  literal(cp: number, at: number): Rx {
    const ranges: Range[] = [[cp, cp]];
    return { t: "set", ranges: this.flags.i ? caseFold(ranges) : ranges };
  }

  atomEscape(at: number): Rx {
    const c = this.src[this.pos];
    if (c === undefined) throw new Refuse("a pattern ending in '\\'", "escape the backslash as \\\\", at);
    if (c === "b" || c === "B") throw new Refuse(`the word boundary \\${c}`, "test the characters around the match with string methods, or match the separators explicitly", at);
    if (/[1-9]/.test(c)) throw new Refuse(`the backreference \\${c}`, "capture the part and compare it in code", at);
    if (c === "k" && this.src.includes("(?<")) throw new Refuse("a named backreference \\k<name>", "capture the part and compare it in code", at);
    const cls = this.classEscape();
    if (cls) return { t: "set", ranges: cls }; // \\d \\w \\s and their complements are closed under case
    return this.literal(this.charEscape(at), at);
  }

  /** \d \D \w \W \s \S as ranges (consumes), or undefined. */
  classEscape(): Range[] | undefined {
    const c = this.src[this.pos];
    const sets: Record<string, Range[]> = { d: DIGIT, w: WORD, s: SPACE };
    if (c && sets[c.toLowerCase()]) {
      this.pos++;
      const base = sets[c.toLowerCase()]!;
      return c === c.toLowerCase() ? base : complement(base);
    }
    return undefined;
  }

  /** A character escape after '\' (consumes it): its code point. */
  charEscape(at: number): number {
    const c = this.src[this.pos++]!;
    const simple: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13 };
    if (simple[c] !== undefined) return simple[c]!;
    if (c === "0") {
      if (/[0-9]/.test(this.src[this.pos] ?? "")) throw new Refuse("an octal escape", "write the character as \\xHH", at);
      return 0;
    }
    if (c === "x") {
      const m = /^[0-9a-fA-F]{2}/.exec(this.src.slice(this.pos));
      if (!m) return 0x78; // Annex B: \x without two hex digits is 'x'
      this.pos += 2;
      return parseInt(m[0], 16);
    }
    if (c === "u") {
      const m = /^[0-9a-fA-F]{4}/.exec(this.src.slice(this.pos));
      if (!m) {
        if (this.src[this.pos] === "{") throw new Refuse("the escape \\u{...} (it needs the u flag)", "write the character itself", at);
        return 0x75;
      }
      this.pos += 4;
      const hi = parseInt(m[0], 16);
      const pair = /^\\u(d[c-f][0-9a-f]{2})/i.exec(this.src.slice(this.pos));
      if (hi >= 0xd800 && hi <= 0xdbff && pair) {
        this.pos += 6;
        return (hi - 0xd800) * 0x400 + (parseInt(pair[1]!, 16) - 0xdc00) + 0x10000;
      }
      return hi;
    }
    if (c === "c") {
      const l = this.src[this.pos];
      if (l && /[a-zA-Z]/.test(l)) {
        this.pos++;
        return l.charCodeAt(0) % 32;
      }
      this.pos--;
      return 0x5c; // Annex B: '\' followed by 'c'
    }
    if (/[1-9]/.test(c)) throw new Refuse("an octal escape", "write the character as \\xHH", at);
    return this.codePoint(c); // identity escape: \. \/ \- \$ …
  }

  charClass(at: number): Rx {
    let negate = false;
    if (this.peek() === "^") {
      negate = true;
      this.pos++;
    }
    const ranges: Range[] = [];
    let first = true;
    const astral = () => {
      throw new Refuse("an emoji or other character outside the BMP inside a class [...] (JavaScript sees two UTF-16 units)", "use alternation instead: (?:😀|😁)", at);
    };
    for (;;) {
      const c = this.peek();
      if (c === undefined) throw new Refuse("an unclosed '['", "check the pattern's brackets", at);
      if (c === "]") {
        this.pos++;
        break;
      }
      void first;
      first = false;
      const a = this.classAtom(at);
      if (typeof a === "number" && a > 0xffff) astral();
      if (typeof a !== "number") {
        ranges.push(...a);
        continue;
      }
      if (this.peek() === "-" && this.src[this.pos + 1] !== "]" && this.src[this.pos + 1] !== undefined) {
        this.pos++;
        const b = this.classAtom(at);
        if (typeof b === "number" && b > 0xffff) astral();
        if (typeof b !== "number") {
          ranges.push([a, a], [0x2d, 0x2d], ...b); // Annex B: [\d-x] is a class, '-' and x
          continue;
        }
        if (b < a) throw new Refuse("a class range out of order", "write the range from the lower to the higher character", at);
        ranges.push([a, b]);
      } else ranges.push([a, a]);
    }
    if (ranges.length === 0 && !negate) throw new Refuse("the empty class []", "remove it (it never matches)", at);
    let set = normalize(ranges);
    if (this.flags.i) set = caseFold(set);
    return { t: "set", ranges: negate ? complement(set) : set };
  }

  /** One class member: a code point or a class escape's ranges. */
  classAtom(at: number): number | Range[] {
    const c = this.src[this.pos++]!;
    if (c !== "\\") return this.codePoint(c);
    const e = this.src[this.pos];
    if (e === undefined) throw new Refuse("a pattern ending in '\\'", "escape the backslash as \\\\", at);
    const cls = this.classEscape();
    if (cls) return cls;
    if (e === "b") {
      this.pos++;
      return 8; // [\b] is backspace
    }
    if (e === "B") throw new Refuse("\\B inside a class", REWRITE_HINT, at);
    if (e === "-") {
      this.pos++;
      return 0x2d;
    }
    return this.charEscape(at);
  }
}

// ── checks MicroPython needs ──────────────────────────────────────────────────────────────────

function nullable(rx: Rx): boolean {
  switch (rx.t) {
    case "set": return false;
    case "bol": case "eol": return true;
    case "seq": return rx.items.every(nullable);
    case "alt": return rx.alts.some(nullable);
    case "group": return nullable(rx.body);
    case "rep": return rx.min === 0 || nullable(rx.body);
  }
}

function hasCapture(rx: Rx): boolean {
  switch (rx.t) {
    case "set": case "bol": case "eol": return false;
    case "seq": return rx.items.some(hasCapture);
    case "alt": return rx.alts.some(hasCapture);
    case "group": return rx.capture || hasCapture(rx.body);
    case "rep": return hasCapture(rx.body);
  }
}

/** Whether a match of `rx` may leave one of its capturing groups unset. */
function optionalCapture(rx: Rx): boolean {
  switch (rx.t) {
    case "set": case "bol": case "eol": return false;
    case "seq": return rx.items.some(optionalCapture);
    case "alt": return rx.alts.length > 1 && rx.alts.some(hasCapture);
    case "group": return optionalCapture(rx.body);
    case "rep": return (rx.min === 0 && hasCapture(rx.body)) || optionalCapture(rx.body);
  }
}

function check(rx: Rx): void {
  switch (rx.t) {
    case "seq": rx.items.forEach(check); return;
    case "alt": rx.alts.forEach(check); return;
    case "group": check(rx.body); return;
    case "rep": {
      check(rx.body);
      const body = nullable(rx.body);
      if (body && rx.max === Infinity) throw new Refuse("repeating (with * + or {n,}) a part that can match the empty string", "make the repeated part match at least one character", rx.at);
      if (body && hasCapture(rx.body)) throw new Refuse("an optional capturing group that can match the empty string", "make the group match at least one character", rx.at);
      const counted = !((rx.min === 0 || rx.min === 1) && (rx.max === 1 || rx.max === Infinity));
      if (counted && hasCapture(rx.body)) throw new Refuse("a capturing group inside a counted repetition {n,m}", "use a non-capturing group (?:...) inside the repetition", rx.at);
      if (rx.max > 1 && optionalCapture(rx.body)) throw new Refuse("a repeated group holding a capturing group that may not take part in every repetition", "move the capturing group out of the repetition", rx.at);
      if (counted && (rx.min > 100 || (rx.max !== Infinity && rx.max > 100))) throw new Refuse("a counted repetition above {100}", "use * or + and check the length in code", rx.at);
      return;
    }
    default:
      return;
  }
}

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

function emit(rx: Rx): string {
  switch (rx.t) {
    case "set": return emitSet(rx.ranges).text;
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

// ── MicroPython's compiled-code limits ──────────────────────────────────────────────────────────
// MicroPython's re (re1.5) stores jump offsets in one signed byte: a repeated part, an optional
// part or the alternatives before a '|' may span at most about 127 bytes of compiled code.
// Sizes: a character or class escape 2, '.' 1, a class 2 + 2 per range, a capturing group 4 more,
// '?' 2, '*' 4, '+' 2, '|' 4, '^' and '$' 1.

const JUMP_LIMIT = 120; // a margin below 127

/** The compiled size of one group's body (from `i` to its ')'), or -1 when a jump would overflow. */
function compiledSize(p: string, start: number): { size: number; end: number } {
  let size = 0;
  let term = 0; // size of the last term
  let altStart = -1; // where the alternative after the last '|' starts
  let i = start;
  const fail = { size: -1, end: p.length };
  while (i < p.length && p[i] !== ")") {
    const c = p[i]!;
    if (c === "\\") {
      size += 2;
      term = 2;
      i += 2;
    } else if (c === ".") {
      size += 1;
      term = 1;
      i++;
    } else if (c === "^" || c === "$") {
      size += 1;
      term = 0;
      i++;
    } else if (c === "[") {
      let j = i + 1;
      if (p[j] === "^") j++;
      let pairs = 0;
      while (p[j] !== "]") {
        if (p[j] === "\\") j++;
        if (p[j + 1] === "-" && p[j + 2] !== "]") j += 2;
        j++;
        pairs++;
      }
      if (pairs > JUMP_LIMIT) return fail;
      size += 2 + 2 * pairs;
      term = 2 + 2 * pairs;
      i = j + 1;
    } else if (c === "(") {
      const capture = !p.startsWith("(?:", i);
      const inner = compiledSize(p, i + (capture ? 1 : 3));
      if (inner.size < 0) return fail;
      term = inner.size + (capture ? 4 : 0);
      size += term;
      i = inner.end + 1;
    } else if (c === "?" || c === "*" || c === "+") {
      const extra = c === "*" ? 4 : 2;
      if (term + extra > JUMP_LIMIT) return fail;
      size += extra;
      term = 0;
      i++;
      if (p[i] === "?") i++;
    } else if (c === "|") {
      if (size + 4 > JUMP_LIMIT || (altStart >= 0 && size - altStart > JUMP_LIMIT)) return fail;
      size += 4;
      altStart = size;
      term = 0;
      i++;
    } else {
      size += 2;
      term = 2;
      i++;
    }
  }
  if (altStart >= 0 && size - altStart > JUMP_LIMIT) return fail;
  return { size, end: i };
}

/** Whether MicroPython's re can compile the pattern (text with one char per byte). */
export function fitsMicroPython(p: string): boolean {
  return compiledSize(`(.*?)(${p})`, 0).size >= 0;
}

/** The pattern as JavaScript's `source` shows it. */
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
