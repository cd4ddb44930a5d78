/**
 * JavaScript regular-expression syntax for the translator (regex.ts): the parser (non-unicode
 * mode with the Annex B forms), code point sets (classes, escapes, the i flag's case folding) and
 * the checks for what MicroPython's re cannot run exactly. Pure; refusals are thrown as Refuse.
 */

export type Range = [number, number];

export type Rx =
  | { t: "set"; ranges: Range[] }
  | { t: "seq"; items: Rx[] }
  | { t: "alt"; alts: Rx[] }
  | { t: "group"; capture: boolean; body: Rx }
  | { t: "rep"; min: number; max: number; lazy: boolean; body: Rx; at: number }
  | { t: "bol" }
  | { t: "eol" };

export class Refuse extends Error {
  constructor(readonly feature: string, readonly hint: string, readonly offset: number) {
    super(feature);
  }
}

export const MAX_CP = 0x10ffff;
export const DIGIT: Range[] = [[0x30, 0x39]];
export const WORD: Range[] = [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]];
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

export function contains(ranges: Range[], cp: number): boolean {
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

export class Parser {
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

export function check(rx: Rx): void {
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
