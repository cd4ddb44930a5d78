/**
 * Statement generators for the fuzzer's newer language features (regular expressions, generators,
 * default-first switch, do-while with continue, loop closures, throw of any value, chained and
 * logical assignment, #private members, object-literal methods and accessors, var, enum reverse
 * mapping, non-finite number methods, astral strings, Uint8Array, Object.fromEntries/hasOwn/freeze,
 * Math.imul). One small function per construct; each writes a few well-typed lines that print
 * what they compute, so a differential run compares the semantics with Node.
 */
import type { Rng } from "./fuzz-random.ts";

export type FeatureTy = "number" | "string" | "boolean" | "number[]" | "string[]";

/** What a feature needs from the generator: random choices, fresh names and typed expressions. */
export interface FeatureHost {
  readonly rng: Rng;
  fresh(prefix: string): string;
  /** A well-typed expression of `ty` over the variables in scope. */
  exprOf(ty: FeatureTy, depth: number): string;
}

type Feature = (h: FeatureHost, out: string[], indent: string) => void;

const REGEX_LITERALS = ["/a/", "/a*/g", "/[aeiou]/g", "/\\d+/g", "/(\\w)(\\d)?/", "/^\\s+|\\s+$/g", "/b|/g", "/x*/g", "/[A-Z]/gi", "/,\\s*/", "/./gu", "/(?:ab)+/y", "/\\bc/g", "/é|☃/g"];
const ASTRAL_STRINGS = ['"😀"', '"a😀b"', '"😀😀"', '"\\u{1F600}x"', '"é☃😀"', '""', '"𝒳yz"'];

function regexUse(h: FeatureHost, out: string[], indent: string): void {
  const r = h.rng;
  const re = r.pick(REGEX_LITERALS);
  const s = h.exprOf("string", 1);
  const use = r.pick([
    `${re}.test(${s})`,
    `${s}.replace(${re}, ${r.pick(['"_"', '"[$&]"', '"$1"', '""', '"$$"'])})`,
    `${s}.split(${re})`,
    `${s}.match(${re})`,
    `${s}.search(${re})`,
    `${re}.exec(${s})?.index`,
    `${s}.replace(${re}, (m) => m.length + ",")`,
  ]);
  out.push(`${indent}console.log(${use});`);
}

function regexLoop(h: FeatureHost, out: string[], indent: string): void {
  const re = h.fresh("re");
  const m = h.fresh("m");
  out.push(`${indent}const ${re} = ${h.rng.pick(["/\\d/g", "/a|b/g", "/[a-z]+/gi", "/(.)\\1/g"])};`);
  out.push(`${indent}let ${m}: RegExpExecArray | null;`);
  out.push(`${indent}while ((${m} = ${re}.exec(${h.exprOf("string", 1)})) !== null) console.log(${m}[0], ${m}.index, ${re}.lastIndex);`);
}

function generatorUse(h: FeatureHost, out: string[], indent: string): void {
  const r = h.rng;
  const g = h.fresh("gen");
  const n = h.fresh("n");
  out.push(`${indent}function* ${g}(${n}: number): Generator<number, string, undefined> {`);
  out.push(`${indent}  for (let k = 0; k < ${n}; k++) {`);
  out.push(`${indent}    if (k === ${r.int(0, 3)}) ${r.pick(["continue", "break", 'return "early"'])};`);
  out.push(`${indent}    yield k * ${h.exprOf("number", 0)};`);
  out.push(`${indent}  }`);
  if (r.chance(0.5)) out.push(`${indent}  yield* ${r.pick(["[7, 8]", `${g}(${n} - 2)`])};`);
  out.push(`${indent}  return "done";`);
  out.push(`${indent}}`);
  const arg = r.int(0, 4);
  out.push(
    `${indent}${r.pick([
      `console.log([...${g}(${arg})]);`,
      `for (const x of ${g}(${arg})) console.log("item", x);`,
      `{ const it = ${g}(${arg}); console.log(it.next(), it.next(), it.return("stop"), it.next()); }`,
      `console.log(Array.from(${g}(${arg})).length);`,
    ])}`,
  );
}

function switchDefaultFirst(h: FeatureHost, out: string[], indent: string): void {
  const r = h.rng;
  const v = h.fresh("sw");
  out.push(`${indent}for (const ${v} of [${r.int(-1, 2)}, ${r.int(0, 3)}, ${h.exprOf("number", 0)}]) {`);
  out.push(`${indent}  switch (${v}) {`);
  out.push(`${indent}    default:`);
  out.push(`${indent}      console.log("default", ${v});`);
  if (r.chance(0.5)) out.push(`${indent}      break;`);
  out.push(`${indent}    case ${r.int(0, 1)}:`);
  out.push(`${indent}      console.log("low", ${v});`);
  if (r.chance(0.5)) out.push(`${indent}      if (${v} < 1) break;`);
  out.push(`${indent}    case 2:`);
  out.push(`${indent}      console.log("two", ${v});`);
  if (r.chance(0.5)) out.push(`${indent}      break;`);
  out.push(`${indent}  }`);
  out.push(`${indent}}`);
}

function doWhileContinue(h: FeatureHost, out: string[], indent: string): void {
  const r = h.rng;
  const k = h.fresh("k");
  out.push(`${indent}let ${k} = ${r.int(-1, 2)};`);
  out.push(`${indent}do {`);
  out.push(`${indent}  ${k}++;`);
  out.push(`${indent}  if (${k} % ${r.int(2, 3)} === 0) continue;`);
  if (r.chance(0.4)) out.push(`${indent}  if (${k} > ${r.int(2, 5)}) break;`);
  out.push(`${indent}  console.log("dw", ${k});`);
  out.push(`${indent}} while (${k} < ${r.int(0, 6)});`);
  out.push(`${indent}console.log("after", ${k});`);
}

function loopClosures(h: FeatureHost, out: string[], indent: string): void {
  const r = h.rng;
  const fs = h.fresh("fs");
  const i = h.fresh("i");
  out.push(`${indent}const ${fs}: Array<() => number> = [];`);
  out.push(`${indent}for (let ${i} = 0; ${i} < ${r.int(1, 5)}; ${i}++) {`);
  out.push(`${indent}  ${fs}.push(() => ${i} * 10);`);
  if (r.chance(0.5)) out.push(`${indent}  if (${i} === 1) { ${i}++; continue; }`);
  if (r.chance(0.4)) out.push(`${indent}  ${fs}.push(() => ${i}++);`);
  if (r.chance(0.3)) out.push(`${indent}  if (${i} > 2) break;`);
  out.push(`${indent}}`);
  out.push(`${indent}console.log(${fs}.map((f) => f()), ${fs}.map((f) => f()));`);
}

function throwAnyValue(h: FeatureHost, out: string[], indent: string): void {
  const r = h.rng;
  const value = r.pick(['"oops"', "42", "-0", "null", "undefined", "{ code: 7 }", "[1, 2]", "NaN", "new RangeError(\"r\")", h.exprOf("string", 1)]);
  // an Error itself is not printed: Node shows its stack, which names Node's own files
  const shown = value.startsWith("new ") ? ["typeof err", "String(err)", "err instanceof Error"] : ["err", "typeof err", "String(err)", "err instanceof Error"];
  out.push(`${indent}try {`);
  out.push(`${indent}  if (${h.exprOf("boolean", 1)} || true) throw ${value};`);
  out.push(`${indent}} catch (err) {`);
  out.push(`${indent}  console.log("caught", ${r.pick(shown)});`);
  out.push(`${indent}}`);
}

function chainedAssignment(h: FeatureHost, out: string[], indent: string): void {
  const r = h.rng;
  const a = h.fresh("a");
  const b = h.fresh("b");
  const m = h.fresh("grp");
  out.push(`${indent}let ${a} = 1, ${b} = 2;`);
  out.push(`${indent}${a} = ${b} = ${h.exprOf("number", 1)};`);
  out.push(`${indent}console.log(${a}, ${b}, (${a} += 3), ${r.pick([`(${b} ||= 9)`, `(${b} &&= 5)`, `(${a} = ${b} * 2)`])});`);
  out.push(`${indent}const ${m}: Record<string, number[]> = {};`);
  out.push(`${indent}for (const w of ${h.exprOf("string[]", 1)}) (${m}[w.slice(0, 1)] ??= []).push(w.length);`);
  out.push(`${indent}console.log(${m});`);
}

function privateMembers(h: FeatureHost, out: string[], indent: string): void {
  const r = h.rng;
  const c = h.fresh("P");
  out.push(`${indent}class ${c} {`);
  out.push(`${indent}  #count = ${r.int(0, 3)};`);
  out.push(`${indent}  static #made = 0;`);
  out.push(`${indent}  constructor(public name: string) { ${c}.#made++; }`);
  out.push(`${indent}  #step(): number { return ++this.#count; }`);
  out.push(`${indent}  get count(): number { return this.#count; }`);
  out.push(`${indent}  set count(v: number) { this.#count = v < 0 ? 0 : v; }`);
  out.push(`${indent}  tick(): number { this.#step(); return this.#step(); }`);
  out.push(`${indent}  static made(): number { return ${c}.#made; }`);
  out.push(`${indent}  static has(o: object): boolean { return #count in o; }`);
  out.push(`${indent}}`);
  const o = h.fresh("po");
  out.push(`${indent}const ${o} = new ${c}(${h.exprOf("string", 0)});`);
  out.push(`${indent}${o}.count = ${h.exprOf("number", 0)};`);
  out.push(`${indent}console.log(${o}.tick(), ${o}.count, ${c}.made(), ${c}.has(${o}), ${c}.has({}), ${r.pick([o, `JSON.stringify(${o})`, `Object.keys(${o})`])});`);
}

function objectLiteralThis(h: FeatureHost, out: string[], indent: string): void {
  const o = h.fresh("ol");
  out.push(`${indent}const ${o} = {`);
  out.push(`${indent}  n: ${h.exprOf("number", 0)},`);
  out.push(`${indent}  tag: ${h.exprOf("string", 0)},`);
  out.push(`${indent}  add(k: number) { this.n += k; return this; },`);
  out.push(`${indent}  get twice(): number { return this.n * 2; },`);
  out.push(`${indent}  set label(s: string) { this.tag = s.toUpperCase(); },`);
  out.push(`${indent}};`);
  out.push(`${indent}${o}.add(${h.rng.int(-2, 3)}).add(1);`);
  out.push(`${indent}${o}.label = ${h.exprOf("string", 0)};`);
  out.push(`${indent}console.log(${o}.n, ${o}.twice, ${o}.tag, ${h.rng.pick([`JSON.stringify(${o})`, o])});`);
}

function varLikeLet(h: FeatureHost, out: string[], indent: string): void {
  const r = h.rng;
  const f = h.fresh("vf");
  out.push(`${indent}function ${f}(x: number): number {`);
  out.push(`${indent}  var total = 0;`);
  out.push(`${indent}  for (var j = 0; j < x; j++) total += j;`);
  out.push(`${indent}  function inner(): number { return total * ${r.int(1, 3)} + j; }`);
  out.push(`${indent}  if (x > ${r.int(0, 3)}) { var extra = 5; total += extra; }`);
  out.push(`${indent}  return inner();`);
  out.push(`${indent}}`);
  out.push(`${indent}console.log(${f}(${r.int(0, 5)}), ${f}(${r.int(0, 5)}));`);
}

function enumReverse(h: FeatureHost, out: string[], indent: string): void {
  const r = h.rng;
  const e = h.fresh("E");
  out.push(`${indent}enum ${e} { Low${r.pick(["", " = -1", " = 5"])}, Mid, High = ${r.int(7, 9)}, Top }`);
  const k = h.fresh("ek");
  out.push(`${indent}const ${k}: ${e} = ${r.pick([`${e}.Low`, `${e}.Mid`, `${e}.Top`])};`);
  out.push(`${indent}console.log(${e}.Mid, ${e}[${e}.Top], ${e}[${k}], ${k}, ${r.pick([`${e}.Low + ${e}.High`, `${k} === ${e}.Mid`, `${e}[${e}.Low]`])});`);
}

function nonFiniteNumberMethods(h: FeatureHost, out: string[], indent: string): void {
  const r = h.rng;
  const n = r.pick(["NaN", "Infinity", "-Infinity", "-0", "0", "1e21", "-1.5", "123.456", "2 ** 53", "-(2 ** 31)"]);
  const m = r.pick(["toFixed(2)", "toFixed(0)", "toString()", "toString(2)", "toString(16)", "toPrecision(3)", "toExponential(1)"]);
  out.push(`${indent}console.log((${n}).${m}, String(${n}), \`\${${n}}\`, [${n}], Math.imul(${h.exprOf("number", 1)}, ${r.pick(["3", "-1", "0x7fffffff", "65537"])}));`);
}

function astralStrings(h: FeatureHost, out: string[], indent: string): void {
  const r = h.rng;
  const s = h.fresh("u");
  out.push(`${indent}const ${s}: string = ${r.pick(ASTRAL_STRINGS)} + ${h.exprOf("string", 0)};`);
  const use = r.pick([
    `${s}.length`,
    `${s}.charCodeAt(${r.int(0, 3)})`,
    `${s}.codePointAt(${r.int(0, 3)})`,
    `${s}.slice(${r.int(-3, 3)})`,
    `${s}.split("")`,
    `[...${s}]`,
    `${s}[${r.int(0, 3)}]`,
    `${s}.at(${r.int(-2, 2)})`,
    `${s}.indexOf("b")`,
    `${s}.padStart(${r.int(0, 6)}, "😀")`,
    `JSON.stringify(${s})`,
    `${s}.toUpperCase()`,
    `String.fromCodePoint(${r.pick(["0x1F600", "65", "0x10FFFF"])})`,
  ]);
  out.push(`${indent}console.log(${use}, ${s});`);
}

function uint8Arrays(h: FeatureHost, out: string[], indent: string): void {
  const r = h.rng;
  const b = h.fresh("bytes");
  out.push(`${indent}const ${b} = ${r.pick([`new Uint8Array(${r.int(0, 4)})`, "new Uint8Array([1, 255, 256, -1, 3.7])", `Uint8Array.from(${h.exprOf("number[]", 1)})`])};`);
  out.push(`${indent}${r.pick([`${b}.fill(${r.int(-1, 300)});`, `${b}.set([9], 0);`, `if (${b}.length > 0) ${b}[0] = ${h.exprOf("number", 1)};`])}`);
  out.push(
    `${indent}console.log(${b}.length, ${r.pick([
      `${b}.join("-")`,
      `Array.from(${b})`,
      `${b}.indexOf(255)`,
      `${b}.includes(0)`,
      `${b}.slice(1)`,
      `${b}.subarray(0, 2)`,
      `${b}.reduce((a, x) => a + x, 0)`,
      `Array.from(${b}.map((x) => x * 2))`,
    ])});`,
  );
}

function objectStatics(h: FeatureHost, out: string[], indent: string): void {
  const r = h.rng;
  const o = h.fresh("rec");
  out.push(`${indent}const ${o}: Record<string, number> = Object.fromEntries(${h.exprOf("string[]", 1)}.map((k, i) => [k, i]));`);
  if (r.chance(0.5)) out.push(`${indent}Object.freeze(${o});`);
  out.push(`${indent}console.log(${o}, Object.hasOwn(${o}, ${h.exprOf("string", 0)}), Object.keys(${o}).length${r.chance(0.5) ? `, Object.isFrozen(${o})` : ""});`);
}

/**
 * A class with int-looking fields, a pushed and guarded-shifted array field, methods called from
 * counted loops, and one random twist that may make a field fractional, undefined or -0 (a
 * fractional step, a destructuring write, a generic function or a record view writing it, a
 * callback calling the method, a zero-spanning product, an unguarded shift): what the range proofs
 * of closed classes (class-fields.ts, execution-counts.ts) must get right.
 */
function intFieldClass(h: FeatureHost, out: string[], indent: string): void {
  const r = h.rng;
  const c = h.fresh("Acc");
  const o = h.fresh("acc");
  const size = r.int(0, 4);
  const step = r.pick(["v", "v * 2", "v - 3", "(v % 5) - 2", "v * v"]);
  const twist = r.pick([
    "",
    `${o}.total += 0.5;`,
    `[${o}.total] = [${r.pick(["1.5", "-0", "7"])}];`,
    `function poke${c}<T>(x: T): void { (x as unknown as { total: number }).total = 2.25; }\n${indent}poke${c}(${o});`,
    `const view${c}: { total: number } = ${o};\n${indent}view${c}.total = -0.5;`,
    `[1, 2, 3].forEach((k) => ${o}.add(k * 1000));`,
    `${o}.add(${r.pick(["0.5", "-0", "1e300", "NaN"])});`,
  ]);
  const removal = r.pick([
    `if (this.items.length > this.size) this.total -= this.items.shift()!;`,
    `if (this.items.length >= ${r.int(-1, 2)}) this.total -= this.items.shift()!;`,
    `this.total -= this.items.shift()!;`,
  ]);
  out.push(`${indent}class ${c} {`);
  out.push(`${indent}  items: number[] = [];`);
  out.push(`${indent}  total = ${r.int(-2, 2)};`);
  out.push(`${indent}  hits = 0;`);
  out.push(`${indent}  constructor(public size: number) {}`);
  out.push(`${indent}  add(v: number): number {`);
  out.push(`${indent}    this.items.push(${step});`);
  out.push(`${indent}    this.total += ${step};`);
  out.push(`${indent}    this.hits++;`);
  out.push(`${indent}    ${removal}`);
  out.push(`${indent}    return Math.floor(this.total / this.items.length);`);
  out.push(`${indent}  }`);
  out.push(`${indent}}`);
  out.push(`${indent}const ${o} = new ${c}(${size});`);
  const last = h.fresh("last");
  out.push(`${indent}let ${last} = 0;`);
  out.push(`${indent}for (let i = 0; i < ${r.int(0, 30)}; i++) ${last} = ${o}.add(i ${r.pick(["+", "-", "*"])} ${r.int(0, 3)});`);
  if (twist) out.push(`${indent}${twist}`);
  out.push(`${indent}${last} = ${o}.add(${r.int(-5, 5)});`);
  out.push(`${indent}console.log(${last}, ${o}.total, ${o}.hits, String(${last}), (${o}.total * 3) % 7, Math.floor((${last} * ${r.int(-2, 2)}) / 3), Object.is(${last}, -0));`);
}

const FEATURES: readonly Feature[] = [
  intFieldClass,
  regexUse,
  regexLoop,
  generatorUse,
  switchDefaultFirst,
  doWhileContinue,
  loopClosures,
  throwAnyValue,
  chainedAssignment,
  privateMembers,
  objectLiteralThis,
  varLikeLet,
  enumReverse,
  nonFiniteNumberMethods,
  astralStrings,
  uint8Arrays,
  objectStatics,
];

/** Writes one randomly chosen newer-feature statement group. */
export function featureStatement(h: FeatureHost, out: string[], indent: string): void {
  h.rng.pick(FEATURES)(h, out, indent);
}
