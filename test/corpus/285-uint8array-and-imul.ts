// Uint8Array: values wrap modulo 256 on every write path; Math.imul / Math.clz32 are 32-bit.
const raw = new Uint8Array([0, 127, 255]);
const wrapped = new Uint8Array([256, -1, 3.9, NaN, 1e10]);
console.log(Array.from(raw), Array.from(wrapped), wrapped.byteLength);
const fromList = Uint8Array.from([300, 2, -2]);
const fromMap = Uint8Array.from([1, 2, 3], (v, i) => v * 100 + i);
console.log(Array.from(fromList), Array.from(fromMap));
const buf = new Uint8Array(6).fill(-1, 1, -2);
console.log(Array.from(buf), Array.from(new Uint8Array(3).fill(513)));
buf.set([9, 10.5], 4);
buf.set(new Uint8Array([7]));
console.log(Array.from(buf), buf.indexOf(255), buf.indexOf(256), buf.lastIndexOf(255), buf.includes(10), buf.includes(10.5));
console.log(buf.join("-"), buf.at(-1), buf.some((b) => b > 200), buf.every((b) => b < 256), buf.find((b) => b > 8), buf.findIndex((b) => b === 0));
console.log(buf.reduce((s, b) => s + b, 0), Array.from(buf.map((b) => b * 2)));
try {
  buf.set([1, 2, 3], 5);
} catch (e) {
  console.log("set:", (e as Error).name);
}
let sum = 0;
buf.forEach((b) => (sum += b));
console.log(sum, new Uint8Array(0).length);
console.log(Math.imul(2 ** 31, 2), Math.imul(-5, 12), Math.imul(0x7fffffff, 0x7fffffff), Math.imul(3.9, 2.1), Math.imul(NaN, 1));
console.log(Math.clz32(0), Math.clz32(1), Math.clz32(-1), Math.clz32(0x80000000), Math.clz32(2 ** 32 + 5), Math.clz32(0.5));
