/**
 * Refusals: constructs the compiler cannot run exactly are refused with a located diagnostic
 * (code, message, hint), never emitted; one line per construct.
 */
import { describe, expect, it } from "vitest";
import { compileSource, formatDiagnostic } from "../../compiler/index.ts";

const cases: Array<[string, string, string]> = [
  // [what, source, expected code]
  ["eval", `eval("1 + 1");`, "TSMP2002"],
  ["arguments", `function f(a: number) { return arguments.length; }\nf(1);`, "TSMP2004"],
  ["constructor.name where a class has a static name", `class A { static name = "x"; }\nclass B {}\nconst b = new B();\nconsole.log(b.constructor.name);`, "TSMP3004"],
  ["constructor.name where two classes share a name", `function f() { class C {} return new C(); }\nclass C {}\nconsole.log(new C().constructor.name, f() instanceof C);`, "TSMP3004"],
  ["var declared twice", `var x = 1;\nvar x = 2;\nconsole.log(x);`, "TSMP2006"],
  ["var a hoisted function reads before it is assigned", `show();\nvar label = "x";\nfunction show() { console.log(label.length); }`, "TSMP2006"],
  ["var destructuring", `var [a, b] = [1, 2];\nconsole.log(a, b);`, "TSMP2006"],
  ["loose equality", `const a: number = 1;\nconst b: number = 2;\nconsole.log(a == b);`, "TSMP2007"],
  ["loose inequality", `const a: string = "1";\nconsole.log(a != "2");`, "TSMP2007"],
  ["regular expression lookbehind", `console.log(/(?<=a)b/.test("ab"));`, "TSMP2008"],
  ["regular expression multiline flag", `console.log(/^b/m.test("a\\nb"));`, "TSMP2008"],
  ["RegExp from a computed string", `const p: string = "a+";\nconsole.log(new RegExp(p).test("aa"));`, "TSMP2008"],
  ["prototype", `function F() {}\nconsole.log(F.prototype);`, "TSMP2005"],
  ["Object.setPrototypeOf", `const o = {};\nObject.setPrototypeOf(o, null);`, "TSMP2005"],
  ["Proxy", `const p = new Proxy({}, {});\nconsole.log(p);`, "TSMP2014"],
  ["Symbol", `const s = Symbol("x");\nconsole.log(typeof s);`, "TSMP2013"],
  ["async generator", `async function* g() { yield 1; }\nconsole.log(g());`, "TSMP2010"],
  ["yield inside try/finally", `function* g() {\n  try { yield 1; } finally { console.log("done"); }\n}\nconsole.log([...g()]);`, "TSMP2010"],
  ["break out of a for-of over a stored generator", `function* g() { yield 1; yield 2; }\nconst it = g();\nfor (const x of it) { if (x > 0) break; }\nconsole.log(it.next());`, "TSMP2010"],
  ["label on a block", `blk: { console.log(1); break blk; }`, "TSMP2012"],
  ["loop closure over a destructured binding the body changes", `const fs: Array<() => number> = [];\nfor (let [x] of [[1], [2]]) { fs.push(() => x); x += 1; }\nconsole.log(fs.map((f) => f()));`, "TSMP2011"],
  ["object literal using 'this' passed on", `const o = { n: 1, get() { return this.n; } };\nconst show = (x: { get(): number }) => x.get();\nconsole.log(show(o));`, "TSMP2023"],
  ["object literal getter taken as a whole", `const o = { n: 1, get twice() { return this.n * 2; } };\nconsole.log(Object.values(o));`, "TSMP2020"],
  ["continue in a switch with a break inside a case", `for (const x of [1, 2]) {\n  switch (x) {\n    case 1:\n      if (x > 0) break;\n      continue;\n  }\n  console.log(x);\n}`, "TSMP2001"],
  ["bigint", `const b = 10n;\nconsole.log(b);`, "TSMP2016"],
  ["#private name also declared by a base class", `class A { #x = 1; }\nclass B extends A { #x = 2; }\nconsole.log(new B());`, "TSMP2024"],
  ["namespace", `namespace N { export const a = 1; }\nconsole.log(N.a);`, "TSMP2021"],
  ["top-level await", `export {};\nconst x = await Promise.resolve(1);\nconsole.log(x);`, "TSMP2019"],
  ["unsupported string method", `console.log("a".normalize("NFC"));`, "TSMP3001"],
  ["localeCompare with a locale", `console.log("a".localeCompare("b", "de"));`, "TSMP3001"],
  ["unsupported array method", `console.log([1, 2].copyWithin(0, 1));`, "TSMP3001"],
  ["unsupported global", `const w = new WeakMap<object, number>();\nconsole.log(w);`, "TSMP3002"],
  ["any arithmetic", `const a: any = 1;\nconsole.log(a - 1);`, "TSMP3004"],
  ["Object.freeze of an existing object", `const o = { a: 1 };\nconst f = Object.freeze(o);\nconsole.log(f.a);`, "TSMP3001"],
  ["Object.isFrozen of a parameter", `function f(o: object) { return Object.isFrozen(o); }\nconsole.log(f({}));`, "TSMP3001"],
  ["bind a method to another object", `class A { n = 1; get(): number { return this.n; } }\nconst a = new A();\nconst b = new A();\nconsole.log(a.get.bind(b)());`, "TSMP3001"],
  ["comma operator", `let a = 1;\nconst b = (a++, a);\nconsole.log(b);`, "TSMP2017"],
  ["with", `const o = { a: 1 };\nwith (o) { console.log(a); }`, "TS1101"],
];

describe("refused constructs give located diagnostics", () => {
  for (const [what, source, code] of cases) {
    it(`${what} → ${code}`, () => {
      const result = compileSource(source);
      expect(result.ok).toBe(false);
      expect(result.files.size).toBe(0);
      const d = result.diagnostics.find((x) => x.code === code);
      expect(d, result.diagnostics.map(formatDiagnostic).join("\n")).toBeDefined();
      expect(d!.line).toBeGreaterThanOrEqual(1);
      expect(d!.column).toBeGreaterThanOrEqual(1);
      if (code.startsWith("TSMP")) {
        expect(d!.hint).toBeTruthy();
        expect(d!.sourceLine).toBe(source.split("\n")[d!.line - 1]);
      }
      expect(result.diagnostics.some((x) => x.code === "TSMP9001")).toBe(false);
    });
  }

  it("formats as file(line,col): error CODE: message plus a hint line", () => {
    const result = compileSource(`const a = 1;\nvar [b] = [2];\nconsole.log(a, b);`, { fileName: "main.ts" });
    expect(formatDiagnostic(result.diagnostics[0]!)).toBe(
      "main.ts(2,1): error TSMP2006: this 'var' is not supported: destructuring in a 'var' declaration\n  hint: use 'let' or 'const' (block scoped) instead of 'var'",
    );
  });

  it("reports TypeScript type errors as TS#### with their location", () => {
    const result = compileSource(`const n: number = "x";\n`);
    expect(result.ok).toBe(false);
    expect(formatDiagnostic(result.diagnostics[0]!)).toBe("main.ts(1,7): error TS2322: Type 'string' is not assignable to type 'number'.");
  });

  it("a wrong call to a board module is a type error", () => {
    const result = compileSource(`import { Pin } from "machine";\nconst p = new Pin("two");\np.value(1);`);
    expect(result.diagnostics[0]?.code).toBe("TS2345");
    const ok = compileSource(`import { Pin, ADC } from "machine";\nconst adc = new ADC(new Pin(35));\nadc.atten(ADC.ATTN_11DB);\nconsole.log(adc.read());`);
    expect(ok.diagnostics.map(formatDiagnostic)).toEqual([]);
  });

  it("reports every refused construct of a file at once, sorted by position", () => {
    const result = compileSource(`var [a] = [1];\nconst b: number = 2;\nconsole.log(a == b);\neval("x");\n`);
    expect(result.diagnostics.map((d) => `${d.line}:${d.code}`)).toEqual(["1:TSMP2006", "3:TSMP2007", "4:TSMP2002"]);
  });
});
