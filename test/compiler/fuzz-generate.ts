/**
 * Generated programs for the fuzzer: random but well-typed TypeScript in the constrained subset
 * (numbers, strings, booleans, arrays, Maps, records, classes, closures, loops, switch, try/catch,
 * console.log, and the newer features in fuzz-generate-features.ts), built from a seed. Most of them type-check, so they reach the compiler's lowering
 * and printer rather than stopping at the type checker.
 */
import { Rng } from "./fuzz-random.ts";
import { featureStatement, type FeatureHost } from "./fuzz-generate-features.ts";

type Ty = "number" | "string" | "boolean" | "number[]" | "string[]";

interface Scope {
  vars: Array<{ name: string; ty: Ty; mutable: boolean }>;
  functions: Array<{ name: string; params: Ty[]; ret: Ty }>;
}

const NUMBER_LITERALS = ["0", "1", "2", "3", "7", "10", "255", "-1", "-0", "0.5", "0.1", "1.5", "2.5", "1e21", "1e-7", "2147483648", "4294967295", "NaN", "Infinity", "-Infinity", "123.456", "0x1f", "1_000"];
const STRING_LITERALS = ['""', '"a"', '"abc"', '"Hello, World"', '" padded "', '"é☃"', '"a,b,,c"', '"line\\nbreak"', '"tab\\t"', '"quote\\""', "'single'", '"42"', '"3.5px"', '"-0"', '"  7  "'];

export class ProgramGenerator {
  private counter = 0;
  private e = 2;
  constructor(readonly rng: Rng) {}

  fresh(prefix: string): string {
    return `${prefix}${this.counter++}`;
  }

  private varsOf(scope: Scope, ty: Ty, mutable = false): string[] {
    return scope.vars.filter((v) => v.ty === ty && (!mutable || v.mutable)).map((v) => v.name);
  }

  expr(scope: Scope, ty: Ty, depth: number): string {
    const r = this.rng;
    const vars = this.varsOf(scope, ty);
    if (vars.length > 0 && r.chance(0.35)) return r.pick(vars);
    if (depth <= 0) return this.leaf(scope, ty);
    const d = depth - 1;
    switch (ty) {
      case "number":
        return r.pick<() => string>([
          () => this.leaf(scope, ty),
          () => `(${this.expr(scope, "number", d)} ${r.pick(["+", "-", "*", "/", "%", "**"])} ${this.expr(scope, "number", d)})`,
          () => `(${this.expr(scope, "number", d)} ${r.pick(["&", "|", "^", "<<", ">>", ">>>"])} ${this.expr(scope, "number", d)})`,
          () => `Math.${r.pick(["floor", "ceil", "round", "trunc", "abs", "sqrt", "sign"])}(${this.expr(scope, "number", d)})`,
          () => `Math.${r.pick(["max", "min", "pow"])}(${this.expr(scope, "number", d)}, ${this.expr(scope, "number", d)})`,
          () => `${this.expr(scope, "string", d)}.length`,
          () => `${this.expr(scope, r.pick<Ty>(["number[]", "string[]"]), d)}.length`,
          () => `${r.pick(["parseInt", "parseFloat", "Number"])}(${this.expr(scope, "string", d)})`,
          () => `(${this.expr(scope, "boolean", d)} ? ${this.expr(scope, "number", d)} : ${this.expr(scope, "number", d)})`,
          () => `(${this.expr(scope, "number[]", d)}[${this.expr(scope, "number", 0)}] ?? ${this.leaf(scope, "number")})`,
          () => `(${r.pick(["-", "~", "+"])}${this.expr(scope, "number", d)})`,
          () => `${this.expr(scope, "number[]", d)}.reduce((acc, x) => acc + x, 0)`,
          () => `${this.expr(scope, "string", d)}.indexOf(${this.expr(scope, "string", 0)})`,
          () => `${this.expr(scope, "string", d)}.charCodeAt(${this.expr(scope, "number", 0)})`,
          () => this.callOf(scope, "number", d),
        ])();
      case "string":
        return r.pick<() => string>([
          () => this.leaf(scope, ty),
          () => `(${this.expr(scope, "string", d)} + ${this.expr(scope, r.pick<Ty>(["string", "number"]), d)})`,
          () => `\`${this.expr(scope, "string", 0).replace(/[`$\\]/g, "")}-\${${this.expr(scope, r.pick<Ty>(["number", "boolean", "number[]"]), d)}}\``,
          () => `${this.expr(scope, "string", d)}.${r.pick(["toUpperCase()", "toLowerCase()", "trim()", "trimStart()", "trimEnd()"])}`,
          () => `${this.expr(scope, "string", d)}.${r.pick(["slice", "substring"])}(${this.expr(scope, "number", 0)}, ${this.expr(scope, "number", 0)})`,
          () => `${this.expr(scope, "string", d)}.${r.pick(["padStart", "padEnd"])}(${r.int(0, 8)}, ${r.pick(['"0"', '"*"', '"ab"'])})`,
          () => `${this.expr(scope, "string", d)}.${r.pick(["replace", "replaceAll"])}(${this.leaf(scope, "string")}, ${this.leaf(scope, "string")})`,
          () => `${this.expr(scope, "string", d)}.repeat(${r.int(0, 3)})`,
          () => `String(${this.expr(scope, r.pick<Ty>(["number", "boolean", "string[]"]), d)})`,
          () => `(${this.expr(scope, "number", d)}).toFixed(${r.int(0, 4)})`,
          () => `(${this.expr(scope, "number", d)}).toString(${r.pick(["", "2", "16", "36"])})`,
          () => `${this.expr(scope, r.pick<Ty>(["number[]", "string[]"]), d)}.join(${r.pick(['","', '""', '" - "', ""])})`,
          () => `JSON.stringify(${this.expr(scope, r.pick<Ty>(["number[]", "string[]", "string", "number", "boolean"]), d)})`,
          () => `(${this.expr(scope, "string[]", d)}[${this.expr(scope, "number", 0)}] ?? "none")`,
          () => `(typeof ${this.expr(scope, r.pick<Ty>(["number", "string", "boolean"]), d)})`,
          () => this.callOf(scope, "string", d),
        ])();
      case "boolean":
        return r.pick<() => string>([
          () => this.leaf(scope, ty),
          () => `((${this.expr(scope, "number", d)} as number) ${r.pick(["<", "<=", ">", ">=", "===", "!=="])} (${this.expr(scope, "number", d)} as number))`,
          () => `((${this.expr(scope, "string", d)} as string) ${r.pick(["===", "!==", "<", ">"])} (${this.expr(scope, "string", d)} as string))`,
          () => `(${this.expr(scope, "boolean", d)} ${r.pick(["&&", "||"])} ${this.expr(scope, "boolean", d)})`,
          () => `!${this.expr(scope, "boolean", d)}`,
          () => `${this.expr(scope, "string", d)}.${r.pick(["includes", "startsWith", "endsWith"])}(${this.expr(scope, "string", 0)})`,
          () => `${this.expr(scope, "number[]", d)}.includes(${this.expr(scope, "number", 0)})`,
          () => `${r.pick(["Number.isInteger", "Number.isNaN", "isNaN", "Number.isFinite"])}(${this.expr(scope, "number", d)})`,
          () => `${this.expr(scope, "number[]", d)}.${r.pick(["some", "every"])}((x) => ${this.boolOfX(d)})`,
          () => `Array.isArray(${this.expr(scope, "number[]", d)})`,
        ])();
      case "number[]":
        return r.pick<() => string>([
          () => this.leaf(scope, ty),
          () => `${this.expr(scope, "number[]", d)}.map((x) => x ${r.pick(["+", "*", "-", "%"])} ${this.leaf(scope, "number")})`,
          () => `${this.expr(scope, "number[]", d)}.filter((x) => ${this.boolOfX(d)})`,
          () => `${this.expr(scope, "number[]", d)}.slice(${r.int(-3, 3)})`,
          () => `[...${this.expr(scope, "number[]", d)}, ${this.expr(scope, "number", d)}]`,
          () => `${this.expr(scope, "number[]", d)}.concat(${this.expr(scope, "number[]", d)})`,
          () => `[...${this.expr(scope, "number[]", d)}].sort(${r.pick(["", "(a, b) => a - b", "(a, b) => b - a"])})`,
          () => `${this.expr(scope, "string", d)}.split("").map((c) => c.charCodeAt(0))`,
        ])();
      case "string[]":
        return r.pick<() => string>([
          () => this.leaf(scope, ty),
          () => `${this.expr(scope, "string", d)}.split(${r.pick(['","', '""', '" "', '"a"'])})`,
          () => `${this.expr(scope, "number[]", d)}.map((x) => String(x))`,
          () => `${this.expr(scope, "string[]", d)}.filter((s) => s.length > ${r.int(0, 3)})`,
          () => `[...${this.expr(scope, "string[]", d)}].reverse()`,
          () => `Object.keys(${this.recordLiteral(scope, d)})`,
        ])();
    }
  }

  private boolOfX(d: number): string {
    return this.rng.pick([`x > ${this.rng.int(-2, 10)}`, `x % 2 === 0`, `x !== ${this.rng.int(0, 5)}`, `Number.isInteger(x)`]) + (d > 2 ? "" : "");
  }

  private recordLiteral(scope: Scope, d: number): string {
    const n = this.rng.int(0, 3);
    const parts: string[] = [];
    const keys = ["a", "b", "zeta", '"two words"', "10", "k"];
    for (let i = 0; i < n; i++) parts.push(`${keys.splice(this.rng.int(0, keys.length - 1), 1)[0]}: ${this.expr(scope, "number", Math.min(d, 1))}`);
    return `{ ${parts.join(", ")} }`;
  }

  private leaf(scope: Scope, ty: Ty): string {
    const r = this.rng;
    switch (ty) {
      case "number": {
        const lit = r.pick(NUMBER_LITERALS);
        return lit.startsWith("-") ? `(${lit})` : lit;
      }
      case "string":
        return r.pick(STRING_LITERALS);
      case "boolean":
        return r.pick(["true", "false"]);
      case "number[]": {
        const n = r.int(0, 5);
        return n === 0 ? "([] as number[])" : "[" + Array.from({ length: n }, () => r.pick(NUMBER_LITERALS.slice(0, 12))).join(", ") + "]";
      }
      case "string[]": {
        const n = r.int(0, 4);
        return n === 0 ? "([] as string[])" : "[" + Array.from({ length: n }, () => r.pick(STRING_LITERALS)).join(", ") + "]";
      }
    }
  }

  private callOf(scope: Scope, ty: Ty, d: number): string {
    const fns = scope.functions.filter((f) => f.ret === ty);
    if (fns.length === 0) return this.leaf(scope, ty);
    const f = this.rng.pick(fns);
    return `${f.name}(${f.params.map((p) => this.expr(scope, p, Math.min(d, 1))).join(", ")})`;
  }

  private anyTy(): Ty {
    return this.rng.pick<Ty>(["number", "number", "string", "string", "boolean", "number[]", "string[]"]);
  }

  stmt(scope: Scope, depth: number, out: string[], indent: string, inLoop: boolean): void {
    const r = this.rng;
    const d = Math.max(0, depth);
    const kind = r.int(0, depth > 0 ? 17 : 5);
    switch (kind) {
      case 0:
      case 1: {
        const ty = this.anyTy();
        const name = this.fresh("v");
        const mutable = r.chance(0.5);
        out.push(`${indent}${mutable ? "let" : "const"} ${name}: ${ty} = ${this.expr(scope, ty, this.e)};`);
        scope.vars.push({ name, ty, mutable });
        return;
      }
      case 2:
      case 3:
        out.push(`${indent}console.log(${Array.from({ length: r.int(1, 3) }, () => this.expr(scope, this.anyTy(), this.e)).join(", ")});`);
        return;
      case 4: {
        const targets = scope.vars.filter((v) => v.mutable);
        if (targets.length === 0) return this.stmt(scope, depth, out, indent, inLoop);
        const t = r.pick(targets);
        if (t.ty === "number" && r.chance(0.5)) out.push(`${indent}${t.name} ${r.pick(["+=", "-=", "*=", "|=", "<<=", ">>>="])} ${this.expr(scope, "number", 1)};`);
        else if (t.ty === "number" && r.chance(0.3)) out.push(`${indent}${t.name}${r.pick(["++", "--"])};`);
        else if (t.ty === "string" && r.chance(0.5)) out.push(`${indent}${t.name} += ${this.expr(scope, "string", 1)};`);
        else out.push(`${indent}${t.name} = ${this.expr(scope, t.ty, this.e)};`);
        return;
      }
      case 5: {
        const arrays = scope.vars.filter((v) => v.ty === "number[]" || v.ty === "string[]");
        if (arrays.length === 0) return this.stmt(scope, 0, out, indent, inLoop);
        const a = r.pick(arrays);
        const el: Ty = a.ty === "number[]" ? "number" : "string";
        out.push(`${indent}${a.name}.${r.pick(["push", "unshift"])}(${this.expr(scope, el, 1)});`);
        if (r.chance(0.4)) out.push(`${indent}console.log(${a.name}.${r.pick(["pop()", "shift()", "length", "slice(1)"])});`);
        return;
      }
      case 6: {
        out.push(`${indent}if (${this.expr(scope, "boolean", this.e)}) {`);
        this.block(scope, depth - 1, out, indent + "  ", inLoop);
        if (r.chance(0.5)) {
          out.push(`${indent}} else {`);
          this.block(scope, depth - 1, out, indent + "  ", inLoop);
        }
        out.push(`${indent}}`);
        return;
      }
      case 7: {
        const i = this.fresh("i");
        out.push(`${indent}for (let ${i} = 0; ${i} < ${r.int(0, 4)}; ${i}++) {`);
        const inner: Scope = { vars: [...scope.vars, { name: i, ty: "number", mutable: false }], functions: scope.functions };
        this.block(inner, depth - 1, out, indent + "  ", true);
        out.push(`${indent}}`);
        return;
      }
      case 8: {
        const el = this.fresh("e");
        const arrTy: Ty = r.pick<Ty>(["number[]", "string[]"]);
        out.push(`${indent}for (const ${el} of ${this.expr(scope, arrTy, 1)}) {`);
        const inner: Scope = { vars: [...scope.vars, { name: el, ty: arrTy === "number[]" ? "number" : "string", mutable: false }], functions: scope.functions };
        this.block(inner, depth - 1, out, indent + "  ", true);
        out.push(`${indent}}`);
        return;
      }
      case 9: {
        const fname = this.fresh("f");
        const params: Ty[] = Array.from({ length: r.int(0, 2) }, () => this.anyTy());
        const ret = this.anyTy();
        const names = params.map(() => this.fresh("p"));
        const arrow = r.chance(0.4);
        const sig = `(${params.map((p, k) => `${names[k]}: ${p}`).join(", ")}): ${ret}`;
        out.push(arrow ? `${indent}const ${fname} = ${sig} => {` : `${indent}function ${fname}${sig} {`);
        const inner: Scope = { vars: [...scope.vars, ...params.map((p, k) => ({ name: names[k]!, ty: p, mutable: false }))], functions: scope.functions };
        this.block(inner, depth - 1, out, indent + "  ", false);
        out.push(`${indent}  return ${this.expr(inner, ret, this.e)};`);
        out.push(`${indent}}${arrow ? ";" : ""}`);
        scope.functions.push({ name: fname, params, ret });
        out.push(`${indent}console.log(${fname}(${params.map((p) => this.expr(scope, p, 1)).join(", ")}));`);
        return;
      }
      case 10: {
        const subject = `${this.expr(scope, "number", 1)} as number`;
        out.push(`${indent}switch (${subject}) {`);
        for (let c = 0; c < r.int(1, 3); c++) {
          out.push(`${indent}  case ${r.int(-1, 4)}:`);
          this.block(scope, depth - 1, out, indent + "    ", inLoop);
          if (r.chance(0.7)) out.push(`${indent}    break;`);
        }
        if (r.chance(0.5)) {
          out.push(`${indent}  default:`);
          this.block(scope, depth - 1, out, indent + "    ", inLoop);
        }
        out.push(`${indent}}`);
        return;
      }
      case 11: {
        out.push(`${indent}try {`);
        this.block(scope, depth - 1, out, indent + "  ", inLoop);
        if (r.chance(0.5)) out.push(`${indent}  if (${this.expr(scope, "boolean", 1)}) throw new ${r.pick(["Error", "RangeError", "TypeError"])}(${this.expr(scope, "string", 1)});`);
        out.push(`${indent}} catch (err) {`);
        out.push(`${indent}  console.log("caught", (err as Error).message);`);
        if (r.chance(0.4)) {
          out.push(`${indent}} finally {`);
          this.block(scope, depth - 1, out, indent + "  ", inLoop);
        }
        out.push(`${indent}}`);
        return;
      }
      case 12: {
        const cls = this.fresh("C");
        const field = this.anyTy();
        out.push(`${indent}class ${cls} {`);
        out.push(`${indent}  value: ${field};`);
        out.push(`${indent}  count = 0;`);
        out.push(`${indent}  constructor(value: ${field}) {`);
        out.push(`${indent}    this.value = value;`);
        out.push(`${indent}  }`);
        out.push(`${indent}  bump(): number {`);
        out.push(`${indent}    this.count += 1;`);
        out.push(`${indent}    return this.count;`);
        out.push(`${indent}  }`);
        out.push(`${indent}  get label(): string {`);
        out.push(`${indent}    return String(this.value) + "#" + this.count;`);
        out.push(`${indent}  }`);
        out.push(`${indent}}`);
        const inst = this.fresh("o");
        out.push(`${indent}const ${inst} = new ${cls}(${this.expr(scope, field, 1)});`);
        out.push(`${indent}${inst}.bump();`);
        out.push(`${indent}console.log(${inst}.label, ${inst}.bump(), ${inst} instanceof ${cls});`);
        return;
      }
      case 13: {
        // async work on timers and microtasks; every delay is 0 so the order never depends on CPU speed
        const fname = this.fresh("a");
        const p = this.fresh("p");
        out.push(`${indent}async function ${fname}(${p}: number): Promise<number> {`);
        out.push(`${indent}  await new Promise<void>((resolve) => setTimeout(resolve, 0));`);
        if (r.chance(0.5)) out.push(`${indent}  await null;`);
        out.push(`${indent}  console.log("${fname}", ${p});`);
        out.push(`${indent}  return ${p} * 2;`);
        out.push(`${indent}}`);
        const callArg = () => this.expr(scope, "number", 0);
        if (r.chance(0.5)) out.push(`${indent}${fname}(${callArg()}).then((v) => console.log("${fname} done", v));`);
        else out.push(`${indent}Promise.all([${fname}(${callArg()}), ${fname}(${callArg()})]).then((vs) => console.log("${fname} all", vs));`);
        if (r.chance(0.5)) out.push(`${indent}setTimeout(() => console.log("timer ${fname}", ${this.expr(scope, this.anyTy(), 1)}), 0);`);
        if (r.chance(0.3)) out.push(`${indent}Promise.resolve(${this.expr(scope, "string", 0)}).then((v) => console.log("micro", v));`);
        return;
      }
      case 15:
      case 16:
      case 17:
        featureStatement(this.hostFor(scope), out, indent);
        return;
      default: {
        if (inLoop && r.chance(0.5)) {
          out.push(`${indent}if (${this.expr(scope, "boolean", 1)}) ${r.pick(["break", "continue"])};`);
          return;
        }
        const m = this.fresh("m");
        out.push(`${indent}const ${m} = new Map<string, number>();`);
        out.push(`${indent}${m}.set(${this.expr(scope, "string", 1)}, ${this.expr(scope, "number", 1)});`);
        out.push(`${indent}${m}.set("k", (${m}.get("k") ?? 0) + 1);`);
        out.push(`${indent}console.log(${m}.size, [...${m}.keys()], ${m}.has("k"));`);
        void d;
        return;
      }
    }
  }

  /** The view of this generator that a newer-feature statement uses (fuzz-generate-features.ts). */
  private hostFor(scope: Scope): FeatureHost {
    return { rng: this.rng, fresh: (p) => this.fresh(p), exprOf: (ty, depth) => this.expr(scope, ty, depth) };
  }

  private block(scope: Scope, depth: number, out: string[], indent: string, inLoop: boolean): void {
    const inner: Scope = { vars: [...scope.vars], functions: [...scope.functions] };
    const n = this.rng.int(1, 3);
    for (let i = 0; i < n; i++) this.stmt(inner, depth, out, indent, inLoop);
  }

  program(size: GeneratorSize): string {
    const scope: Scope = { vars: [], functions: [] };
    const out: string[] = [];
    this.e = size.exprDepth;
    const n = this.rng.int(size.minStatements, size.maxStatements);
    for (let i = 0; i < n; i++) this.stmt(scope, size.depth, out, "", false);
    return out.join("\n") + "\n";
  }
}

export interface GeneratorSize {
  minStatements: number;
  maxStatements: number;
  /** Nesting depth of blocks (if/for/switch/try/functions). */
  depth: number;
  /** Nesting depth of expressions. */
  exprDepth: number;
}

export const TINY: GeneratorSize = { minStatements: 1, maxStatements: 3, depth: 1, exprDepth: 1 };
export const SMALL: GeneratorSize = { minStatements: 1, maxStatements: 4, depth: 2, exprDepth: 2 };
export const LARGE: GeneratorSize = { minStatements: 3, maxStatements: 12, depth: 3, exprDepth: 2 };

export function generateProgram(seed: number, size: GeneratorSize = LARGE): string {
  return new ProgramGenerator(new Rng(seed)).program(size);
}
