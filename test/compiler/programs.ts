/**
 * Small programs that must print exactly the same on MicroPython as on Node (issue 4 items 1–3).
 * Each is compiled with compileSource, run on a fresh MicroPython VM and compared byte for byte
 * with Node running the same source.
 */
export const programs: Record<string, string> = {
  "let per-iteration and closures reassigning outer variables": `
let count = 0;
function inc(): number { count += 1; return count; }
const add = (n: number) => { count += n; };
inc(); add(5);
console.log(count);
function makeCounter() { let n = 0; return () => { n++; return n; }; }
const c1 = makeCounter(); c1(); console.log(c1(), makeCounter()());
{ let count = 100; console.log(count); }
console.log(count);
`,
  "fresh loop binding per iteration captured by closures": `
const fs: Array<() => number> = [];
for (let i = 0; i < 3; i++) fs.push(() => i);
console.log(fs.map((f) => f()));
const gs: Array<() => string> = [];
for (const name of ["a", "b"]) {
  const upper = name.toUpperCase();
  gs.push(() => { const s = upper + name; return s; });
}
console.log(gs.map((g) => g()));
`,
  "functions: default, optional, rest, spread": `
function f(a: number, b = 10, c?: string, ...rest: number[]): string {
  return a + "," + b + "," + c + "," + rest.length + "," + rest.join("|");
}
console.log(f(1), f(1, 2), f(1, 2, "x"), f(1, 2, "x", 3, 4));
const xs = [5, 6, 7];
console.log(f(0, 1, "y", ...xs), Math.max(...xs));
function g(list: number[] = []) { list.push(1); return list.length; }
console.log(g(), g(), g([1, 2]));
`,
  "destructuring": `
const [a, b = 2, ...rest] = [1, undefined, 3, 4];
console.log(a, b, rest);
const { x, y = 5, z: { w } } = { x: 1, z: { w: "deep" } } as { x: number; y?: number; z: { w: string } };
console.log(x, y, w);
let p = 1, q = 2;
[p, q] = [q, p];
console.log(p, q);
const pairs: Array<[string, number]> = [["a", 1], ["b", 2]];
for (const [k, v] of pairs) console.log(k, v);
function h({ name, age = 3 }: { name: string; age?: number }) { return name + age; }
console.log(h({ name: "n" }), h({ name: "m", age: 9 }));
`,
  "classes: fields, accessors, static, inheritance, super, instanceof, toString": `
class Animal {
  static count = 0;
  protected sound = "...";
  constructor(public name: string) { Animal.count++; }
  speak(): string { return this.name + " says " + this.sound; }
  get upper(): string { return this.name.toUpperCase(); }
  set upper(v: string) { this.name = v.toLowerCase(); }
  toString(): string { return "Animal(" + this.name + ")"; }
  static create(n: string): Animal { return new Animal(n); }
}
class Dog extends Animal {
  constructor(name: string, private tricks: number) { super(name); this.sound = "woof"; }
  speak(): string { return super.speak() + " x" + this.tricks; }
}
const d = new Dog("rex", 2);
console.log(d.speak(), d.upper, d instanceof Animal, d instanceof Dog, Animal.count);
d.upper = "MAX";
console.log(d.name, String(d), "" + Animal.create("z"), Animal.count);
`,
  "enums and erased types": `
enum Color { Red, Green = 5, Blue }
enum Dir { Up = "UP", Down = "DOWN" }
const enum Flag { A = 1, B = 2 }
interface P { x: number }
type Q = P & { y: number };
const q: Q = { x: 1, y: 2 };
function id<T>(v: T): T { return v; }
console.log(Color.Red, Color.Green, Color.Blue, Dir.Up, Flag.B, id(q.x) + (q as P).x);
`,
  "optional chaining and nullish coalescing": `
interface N { next?: N; v: number; name?: string | null }
const n: N = { v: 1, next: { v: 2 } };
console.log(n.next?.v, n.next?.next?.v, n.name ?? "anon", n.next?.next?.next?.v ?? -1);
function maybe(flag: boolean): N | undefined { return flag ? n : undefined; }
const m = maybe(false);
console.log(m?.v, m?.next?.v, maybe(true)?.next?.v);
let z: number | null = null;
z ??= 4;
const zero = [0][0] as number | undefined, empty = [""][0] as string | undefined;
console.log(z, zero ?? 9, empty ?? "x");
`,
  "loops: for, for-in, for-of, while, do-while, break, continue": `
let s = "";
for (let i = 0; i < 10; i++) { if (i % 2 === 0) continue; if (i > 7) break; s += i; }
console.log(s);
const o: Record<string, number> = { b: 1, a: 2 };
for (const k in o) console.log(k, o[k]);
let i = 0;
do { i += 3; } while (i < 10);
console.log(i);
let n = 0;
while (true) { n++; if (n >= 5) break; }
console.log(n);
for (const ch of "héllo wörld ßtraße ÿ") s += ch.toUpperCase();
console.log("ÀÉÎÕÜ Ωμέγα".toLowerCase(), "straße".toUpperCase(), "mixed Case".toUpperCase());
console.log(s);
for (let j = 10; j > 0; j -= 4) console.log(j);
`,
  "labelled break and continue": `
let out = "";
outer: for (let i = 0; i < 4; i++) {
  for (let j = 0; j < 4; j++) {
    if (j === 2) continue outer;
    if (i === 3) break outer;
    out += \`\${i}\${j} \`;
  }
  out += "| ";
}
console.log(out);
let n = 0;
loop1: while (n < 10) {
  n++;
  for (const k of [1, 2, 3]) {
    for (const m of [1, 2]) {
      if (k * m === 4) continue loop1;
      if (n > 5) break loop1;
    }
  }
  out += n;
}
console.log(n, out);
let c = 0;
scan: for (let a = 0; a < 3; a++) {
  let b = 0;
  while (b < 3) { b++; if (b === 2) continue scan; c += 10; }
  c += 1000;
}
console.log(c);
`,
  "switch with fall-through": `
function sw(x: number): string {
  let out = "";
  switch (x) {
    case 1: out += "one ";
    case 2: out += "two "; break;
    case 3:
    case 4: out += "three-four "; break;
    default: out += "other ";
  }
  return out;
}
console.log(sw(1), sw(2), sw(3), sw(4), sw(9));
function name(c: string): number {
  switch (c) { case "a": return 1; case "b": return 2; }
  return 0;
}
console.log(name("a"), name("b"), name("z"));
`,
  "exceptions": `
class MyError extends Error {
  constructor(message: string, public code: number) { super(message); this.name = "MyError"; }
}
function risky(n: number): number {
  if (n > 2) throw new MyError("too big: " + n, 42);
  return n;
}
try { risky(5); } catch (e) {
  if (e instanceof MyError) console.log(e.name, e.message, e.code, e instanceof Error);
}
function nested(): string {
  try { try { throw new Error("inner"); } finally { console.log("cleanup"); } }
  catch (e) { if (e instanceof Error) return "got " + e.message; }
  return "none";
}
console.log(nested());
try { try { throw new TypeError("t"); } catch (e) { throw e; } } catch (e) { console.log(String(e)); }
function list(flag: boolean): number[] | undefined { return flag ? [1] : undefined; }
try { console.log(list(false)!.length); } catch (e) { console.log("native error caught", e instanceof Error, e instanceof TypeError); }
try { JSON.parse("{bad"); } catch (e) { console.log("parse error caught", e instanceof Error); }
`,
  "typeof, equality, undefined vs null, truthiness": `
const vals: unknown[] = [0, "", NaN, [], {}, null, undefined, "0", 1, -0];
console.log(vals.map((v) => (v ? "T" : "F")).join(""));
console.log(typeof 1, typeof "s", typeof true, typeof undefined, typeof null, typeof {}, typeof [], typeof (() => 1));
const u: string | undefined = undefined;
const n: string | null = null;
console.log(u === undefined, n === null, u == null, n == null, (u as unknown) === n);
const nan = NaN;
console.log(1 === 1.0, "a" === "a", nan === nan, 0 === -0);
const a = [1]; const b = [1];
console.log(a === a, (a as unknown) === b);
`,
  "numbers": `
console.log(7 / 2, 6 / 2, -7 % 3, 7 % -3, 5.5 % 2, -0, -4 % 2, 0 / -5, 1 / 0, -1 / 0, 0 / 0);
console.log(Math.floor(-2.5), Math.ceil(-0.5), Math.round(2.5), Math.round(-2.5), Math.round(0.49999999999999994), Math.trunc(-4.7));
console.log(Math.min(3, 1, 2), Math.max(), Math.abs(-3), Math.pow(2, 10), Math.sqrt(16), Math.sqrt(2), Math.sign(-3));
console.log((3.14159).toFixed(2), (2.5).toFixed(0), (1.005).toFixed(2), (255).toString(16), (255).toString(2), (-255).toString(36));
console.log(parseInt("42px"), parseInt("0x1F"), parseInt("abc"), parseInt("  -12.9"), parseInt("z", 36), parseFloat("3.14abc"), parseFloat(".5"), parseFloat("x"));
console.log(Number("12"), Number(""), Number(" 3 "), Number("1e3"), Number("12px"), Number(true), Number(null), Number(undefined));
console.log(5 | 0, 3.7 | 0, -3.7 | 0, 1 << 31, 1 << 32, -1 >>> 0, -16 >> 2, 2 ** 32 | 0, ~5, 6 & 3, 6 ^ 3);
console.log(0.1 + 0.2, 1e21, 1e-7, 123456789.123, 1 / 3, 100 / 3, 2 ** 53 + 1, 1.5e300 * 1e10, -1e-7);
console.log(Number.isInteger(5.0), Number.isNaN(NaN), isNaN(NaN), Number.MAX_SAFE_INTEGER, Number.EPSILON > 0);
console.log(String(1.0), "" + 2.50, \`\${10 / 4}\`, (0.000001).toString(), (1e-7).toString(), (123e20).toString(), (123e19).toString());
`,
  "strings": `
const s = "  Hello, World  ";
console.log(s.trim(), s.trimStart() + "|", "|" + s.trimEnd(), s.length);
const t = "abcdef";
console.log(t.slice(1, 3), t.slice(-2), t.slice(2), t.substring(4, 1), t.indexOf("c"), t.indexOf("z"), t.includes("de"));
console.log(t.startsWith("ab"), t.endsWith("ef"), t.toUpperCase(), "A-B-C".split("-"), "abc".split(""), "a,b".split(",", 1));
console.log("aXbXc".replace("X", "_"), "aXbXc".replaceAll("X", "_"), "x".padStart(3, "ab"), "x".padEnd(4, "-"), "ab".repeat(3));
console.log(t.charCodeAt(0), String.fromCharCode(72, 105), t.at(-1), t.charAt(10) === "", t[1], t[10], t.lastIndexOf("f"));
console.log("price: $1".replace("$1", "$$2"), \`multi \${1 + 1} \${"x"}\`, "a" + 1 + 2, 1 + 2 + "a");
`,
  "arrays": `
const a = [3, 1, 10, 2];
console.log(a.slice().sort(), a.slice().sort((x, y) => x - y), a.indexOf(10), a.includes(2), a[10]);
const b = [1, 2, 3, 4, 5];
console.log(b.splice(1, 2), b, b.splice(-1), b);
b.unshift(0); b.push(9, 8);
console.log(b.shift(), b.pop(), b, b.reverse(), b.join(";"));
console.log([1, 2, 3].map((x, i) => x * i), [1, 2, 3, 4].filter((x) => x % 2 === 0), [1, 2, 3].reduce((s, x) => s + x, 0));
console.log([1, 2, 3].find((x) => x > 1), [1, 2, 3].findIndex((x) => x > 5), [1, 2].some((x) => x > 1), [1, 2].every((x) => x > 1));
console.log([1, [2, [3, [4]]]].flat(), new Array(3).fill(0), [1, 2].concat([3], 4 as never), [..."ab", ...[1]]);
const words = ["banana", "apple", "cherry"];
words.forEach((w, i) => console.log(i, w));
console.log(words.sort(), [undefined, 3, null, 1].length, [1, 2, 3].at(-1), Array.isArray(words), Array.from("xyz"));
const nested = [[1, 2], [3]];
console.log(nested, [], [[]], [{ a: 1 }]);
`,
  "Map and Set": `
const m = new Map<string, number>();
m.set("z", 1).set("a", 2);
m.set("z", 3);
console.log(m.get("z"), m.get("q"), m.has("a"), m.size, [...m.keys()], [...m.values()]);
for (const [k, v] of m) console.log(k, v);
m.delete("z");
console.log(m.size, m);
const s = new Set([3, 1, 3, 2]);
s.add(1); s.add(7);
console.log(s.size, s.has(2), [...s], s);
m.forEach((v, k) => console.log("each", k, v));
`,
  "objects and JSON": `
const o: Record<string, unknown> = { zeta: 1, alpha: [1, "two", null], nested: { ok: true, n: 1.5 } };
o.beta = "b";
console.log(Object.keys(o), Object.values({ a: 1, b: 2 }), Object.entries({ x: 1 }));
console.log(JSON.stringify(o));
console.log(JSON.stringify(o, null, 2));
console.log(JSON.stringify([1, "a", { b: undefined, c: NaN }]), JSON.stringify("q\\"\\n"), JSON.stringify({}), JSON.stringify([]));
const parsed = JSON.parse('{"b": 1, "a": [true, false, null, 1.5, -0.25e2], "s": "x\\\\u0041"}') as Record<string, unknown>;
console.log(parsed, JSON.stringify(parsed));
const merged = Object.assign({ a: 1 }, { b: 2 }, { a: 3 });
console.log(merged, { ...merged, c: 4 });
console.log({ a: 1, b: "two", c: [1, 2], d: { e: { f: { g: 1 } } } });
console.log({ "key with space": 1, valid_id: 2 });
`,
  "console.log formatting": `
console.log("a", 1, true, null, undefined, [1, "s"], { k: "v" });
console.log([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26]);
console.log(["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]);
console.log({ name: "a fairly long string value", other: "another fairly long string value", third: 3 });
console.log([[1, 2, [3, 4, [5, [6]]]]], { a: { b: { c: { d: 1 } } } });
console.log("%", "100%", "it's", ["it's"], ['say "hi"']);
console.log(-0, [-0], 1e21, [0.1]);
`,
  "bytes and text encoding": `
const enc = new TextEncoder();
const bytes = enc.encode("hé!");
console.log(bytes.length, bytes[0], bytes[1]);
const dec = new TextDecoder();
console.log(dec.decode(bytes));
const buf = new Uint8Array(4);
buf[0] = 255; buf[3] = 7;
console.log(buf[0], buf[3], buf.length);
`,
  "async, promises and timers in Node's order": `
const order: string[] = [];
setTimeout(() => order.push("timeout 0"), 0);
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
async function task(name: string, ms: number): Promise<string> {
  order.push("start " + name);
  await sleep(ms);
  order.push("end " + name);
  return name.toUpperCase();
}
Promise.resolve().then(() => order.push("micro 1")).then(() => order.push("micro 2"));
queueMicrotask(() => order.push("queued"));
async function main() {
  const all = await Promise.all([task("a", 20), task("b", 5)]);
  order.push("all " + all.join(","));
  try { await Promise.reject(new Error("nope")); } catch (e) { order.push("caught " + (e as Error).message); }
  let ticks = 0;
  await new Promise<void>((resolve) => {
    const id = setInterval(() => { ticks++; if (ticks === 3) { clearInterval(id); resolve(); } }, 2);
  });
  order.push("ticks " + ticks);
  console.log(order.join("\\n"));
}
order.push("sync end");
main().finally(() => console.log("done"));
`,
  "bitwise fast paths agree with ToInt32/ToUint32": `
const vals = [0, 1, -1, 255, 256, -256, 2 ** 31, 2 ** 32 + 5, -(2 ** 31) - 1, 3.7, -3.7, NaN, Infinity];
for (const v of vals) console.log(v, v & 255, v >> 3, v >>> 4, (v & 1) ? "odd" : "even", v % 10);
`,
  "increments used as values on properties and elements": `
class Ids { static next = 1; count = 0; take(): number { this.count++; return Ids.next++; } }
const ids = new Ids();
console.log(ids.take(), ids.take(), ++Ids.next, ids.count);
const arr = [5, 6];
const rec: Record<string, number> = { a: 1 };
console.log(arr[0]++, ++arr[1], arr, rec.a--, --rec["a"], rec);
`,
};
