/**
 * Number formatting (runtime-py/tsmp_numfmt.py, as tree-shaken and shipped) against Node on real
 * MicroPython: Number::toString of thousands of doubles (random bit patterns over every exponent,
 * every power of two, powers of ten and their neighbours, subnormals, the 1e21 and 1e-7 notation
 * thresholds, 2^53 neighbours, values whose shortest form has 17 digits), ints beyond 2^53 printed
 * as the nearest double, toFixed / toPrecision / toString(radix) / toExponential on a sample, and
 * the digits / radix arguments as JavaScript converts them.
 */
import { describe, expect, test } from "vitest";
import { compileSource, formatDiagnostic } from "../../compiler/index.ts";
import { runtimeFiles } from "../../compiler/runtime.ts";
import { expectSameAsNode, runOnMicroPython, runOnNode } from "./helpers/run.ts";

/** xorshift64*: the same doubles every run. */
function rng(seed: bigint): () => bigint {
  let s = seed;
  return () => {
    s ^= s >> 12n;
    s ^= (s << 25n) & 0xffffffffffffffffn;
    s ^= s >> 27n;
    return (s * 0x2545f4914f6cdd1dn) & 0xffffffffffffffffn;
  };
}

const buf = new DataView(new ArrayBuffer(8));
const fromBits = (b: bigint): number => (buf.setBigUint64(0, b, true), buf.getFloat64(0, true));
const bitsOf = (x: number): bigint => (buf.setFloat64(0, x, true), buf.getBigUint64(0, true));
/** Little-endian hex of a double, for struct.unpack on the MicroPython side. */
const hexOf = (x: number): string => (buf.setFloat64(0, x, true), Buffer.from(buf.buffer).toString("hex"));
/** The neighbouring doubles (positive finite x). */
const around = (x: number): number[] => [fromBits(bitsOf(x) - 1n), x, fromBits(bitsOf(x) + 1n)].filter((v) => Number.isFinite(v) && v > 0);

function doubles(): number[] {
  const out: number[] = [0.1 + 0.2, 5e-324, 1e-323, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308, 123e-20];
  out.push(0.30000000000000004, 1.0000000000000002, 9007199254740993, 4.35, 0.000001, 1.5e-7, 2 ** 53 + 2, 2 ** 54 + 4, 2 ** 63);
  for (const x of [1e21, 1e-7, 1e-6, 2 ** 53, 2 ** -1022, 2 ** -1074, 1 / 3, 2 / 3, Math.PI, 0.1, 1e23, 5e-310]) out.push(...around(x));
  for (let e = -1074; e <= 1023; e++) out.push(2 ** e);
  for (let e = -323; e <= 308; e++) out.push(...around(Number(`1e${e}`)), Number(`5e${e}`), Number(`9.5e${e}`));
  const next = rng(0x9e3779b97f4a7c15n);
  for (let i = 0; i < 4000; i++) {
    const x = fromBits(next() & 0x7fffffffffffffffn);
    if (Number.isFinite(x)) out.push(x);
  }
  for (let i = 0; i < 1000; i++) {
    const r = Number(next() >> 11n) / 2 ** 53;
    out.push(r, r * 1000, Number(next() % 1000000n) / 100, Number(next() >> 1n), r * 1e-5, r * 1e25);
  }
  return out;
}

async function runPython(main: string, data: string, helpers: Map<string, string[]>): Promise<string[]> {
  const files = runtimeFiles(helpers);
  const all = new Map<string, string>();
  for (const [mod, text] of files) all.set(`lib/${mod}.py`, text);
  all.set("main.py", `import sys\nsys.path.insert(0, "/lib")\n${main}`);
  all.set("data.txt", data);
  const py = await runOnMicroPython(all);
  expect(py.error).toBeUndefined();
  return py.stdout.split("\n").slice(0, -1);
}

const readValue = `import struct
def value(h):
    return int(h[1:]) if h[0] == "i" else struct.unpack("<d", bytes.fromhex(h))[0]
`;

describe("Number to string on MicroPython, as Node prints it", () => {
  test("console.log of doubles and of ints beyond 2^53: shortest round-trip digits, JS notation", async () => {
    const xs = doubles();
    const values = [...xs, ...xs.map((x) => -x), -0, 0, NaN, Infinity, -Infinity];
    const lines = values.map(hexOf);
    const expected = values.map((x) => (Object.is(x, -0) ? "-0" : String(x)));
    const ints = [2n ** 53n + 1n, 2n ** 53n + 3n, 2n ** 54n + 2n, 2n ** 54n + 6n, 10n ** 21n, 10n ** 21n - 1n, 2n ** 1024n - 2n ** 970n - 1n, 2n ** 1024n - 2n ** 970n, 2n ** 1100n];
    const next = rng(12345n);
    for (let i = 0; i < 300; i++) {
      const k = 54n + (next() % 200n);
      let v = 0n;
      for (let b = 0n; b < k; b += 64n) v = (v << 64n) | next();
      v &= (1n << k) - 1n;
      const half = 1n << (k - 54n);
      ints.push(v | (1n << (k - 1n)), ((v >> (k - 53n)) << (k - 53n)) | (half > 0n ? half : 0n));
    }
    for (const n of ints) {
      for (const v of [n, -n]) {
        lines.push(`i${v}`);
        expected.push(String(Number(v)));
      }
    }
    const got = await runPython(
      `${readValue}from tsmp_print import log_val\nfor line in open("/data.txt"):\n    print(log_val(value(line.strip())))\n`,
      lines.join("\n") + "\n",
      new Map([["tsmp_print", ["log_val"]]]),
    );
    const wrong = got.map((g, i) => [lines[i], g, expected[i]]).filter(([, g, e]) => g !== e);
    expect(wrong.slice(0, 20)).toEqual([]);
    expect(got.length).toBe(expected.length);
  }, 180_000);

  test("toFixed, toPrecision, toString(radix) and toExponential of sampled doubles", async () => {
    const next = rng(777n);
    const xs: number[] = [0.5, 1.5, 2.5, 1.005, 1.45, 0.000001, 1e-7, 123.456, 1e20, 999.9999, 5e-324, 0.1 + 0.2, 2 ** 53 + 2];
    xs.push(1e21, 1.7976931348623157e308, 123456789012345680000, 2 ** 60 + 2 ** 10, 4294967295, 0xedb88320);
    for (let i = 0; i < 400; i++) {
      const r = Number(next() >> 11n) / 2 ** 53;
      xs.push(r, r * 1000, Number(next() % 100000n) / 1000, fromBits((next() & 0x3fffffffffffffffn) | 0x3000000000000000n), r * 2 ** 70);
    }
    const lines: string[] = [];
    const expected: string[] = [];
    xs.forEach((x, i) => {
      for (const v of [x, -x]) {
        const d = i % 21;
        const p = 1 + (i % 21);
        const radix = 2 + (i % 35);
        lines.push(`${hexOf(v)} ${d} ${p} ${radix}`);
        expected.push(`${v.toFixed(d)} ${v.toPrecision(p)} ${v.toString(radix)} ${v.toExponential(d)} ${v.toExponential()}`);
      }
    });
    const got = await runPython(
      `${readValue}from tsmp_numfmt import to_fixed, to_precision, to_radix, to_exponential\nfor line in open("/data.txt"):\n    h, d, p, r = line.split()\n    x = value(h)\n    print(to_fixed(x, int(d)), to_precision(x, int(p)), to_radix(x, int(r)), to_exponential(x, int(d)), to_exponential(x))\n`,
      lines.join("\n") + "\n",
      new Map([["tsmp_numfmt", ["to_fixed", "to_precision", "to_radix", "to_exponential"]]]),
    );
    const wrong = got.map((g, i) => [lines[i], g, expected[i]]).filter(([, g, e]) => g !== e);
    expect(wrong.slice(0, 20)).toEqual([]);
    expect(got.length).toBe(expected.length);
  }, 180_000);

  test("digits and radix arguments: fractions truncate, undefined is the default, other types go through ToNumber", async () => {
    const src = `const xs = [1.005, -2.5, 123.456, 0, -0, 1e-7, 255.5];
const none: number[] = [];
const loose: any[] = ["16", true, null, " 2 "];
for (const x of xs) {
  console.log(x.toFixed(2.9), x.toFixed(-0.5), x.toFixed(100.5).length, x.toFixed(none[0]));
  console.log(x.toPrecision(3.7), x.toPrecision(100.5).length, x.toPrecision(none[0]));
  console.log(x.toExponential(), x.toExponential(1.5), x.toExponential(-0.5), x.toExponential(none[0]));
  console.log(x.toString(16.9), x.toString(none[0]), x.toString(loose[0]), x.toString(loose[3]));
}
for (const bad of [101, -1, Infinity, NaN]) {
  try { console.log((1.5).toFixed(bad)); } catch (e) { console.log(e instanceof RangeError); }
  try { console.log((1.5).toPrecision(bad)); } catch (e) { console.log(e instanceof RangeError); }
  try { console.log((1.5).toExponential(bad)); } catch (e) { console.log(e instanceof RangeError); }
  try { console.log((255).toString(bad)); } catch (e) { console.log(e instanceof RangeError); }
}
for (const r of loose) {
  try { console.log((255).toString(r)); } catch (e) { console.log(e instanceof RangeError); }
}
console.log(NaN.toFixed(2), Infinity.toExponential(3), (-Infinity).toPrecision(2), NaN.toString(2));`;
    await expectSameAsNode(src);
  });

  test("toString(2 | 8 | 10 | 16) of a proven safe int is Python's own formatting, digits as in Node", async () => {
    const src = `const data = new Uint8Array([0, 7, 255, 16]);
let hex = "";
for (let i = 0; i < data.length; i++) hex += data[i]!.toString(16).padStart(2, "0");
let h = 0x811c9dc5;
for (let i = 0; i < 10; i++) h = Math.imul(h ^ i, 16777619);
const neg = -(h & 0xffff);
console.log(hex, (h >>> 0).toString(16), (h >>> 0).toString(2), (h & 0xfff).toString(8), neg.toString(16), neg.toString(10), (5).toString(2), (h >>> 0).toString(36));`;
    const r = compileSource(src);
    expect(r.diagnostics.map(formatDiagnostic)).toEqual([]);
    const main = r.files.get("main.py")!;
    expect(main).toContain('"%x" % (h >> 0');
    expect(main).toContain('"%o" % (h & 4095');
    expect(main).toContain('"{:b}".format(5)');
    expect(main).toContain("to_radix(neg, 16)");
    const py = await runOnMicroPython(r.files);
    expect(py.error).toBeUndefined();
    expect(py.stdout).toBe((await runOnNode(src)).stdout);
  });

  test("console.log of number text (toString / toFixed / …) prints the str bare, no tsmp_print", async () => {
    const src = `const xs: number[] = [1.5, 255];
const box: { v?: number } = {};
let n = 0.25;
for (const x of xs) n += x;
console.log("n", n.toFixed(2), n.toString(2), (n | 0).toString(16), n.toPrecision(3), n.toExponential(1), xs.length);
console.log(box.v?.toFixed(1), n.toFixed(1));`;
    const r = compileSource(src);
    expect(r.diagnostics.map(formatDiagnostic)).toEqual([]);
    const main = r.files.get("main.py")!;
    expect(main).toContain('print("n", to_fixed(n, 2), to_radix(n, 2), "%x" % ');
    expect(r.files.has("lib/tsmp_print.py")).toBe(false);
    const py = await runOnMicroPython(r.files);
    expect(py.error).toBeUndefined();
    expect(py.stdout).toBe((await runOnNode(src)).stdout);
  });
});
