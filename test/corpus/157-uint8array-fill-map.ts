const a = new Uint8Array(5).fill(7);
console.log(Array.from(a));
const doubled = Array.from(a).map((x) => x * 40);
console.log(doubled);
const u = Uint8Array.from(doubled);
console.log(Array.from(u));
const c = new Uint8Array([10, 20, 30]);
c.set([1, 2], 1);
console.log(Array.from(c), c.byteLength);
