const fns: Array<() => string> = [];
for (let word of ["a", "bb", "ccc"]) {
  fns.push(() => word);
  word = word.toUpperCase() + word.length;
}
console.log(fns.map((f) => f()));
const bumpers: Array<() => number> = [];
for (let n of [10, 20]) {
  bumpers.push(() => ++n);
}
console.log(bumpers[0]!(), bumpers[0]!(), bumpers[1]!(), bumpers[0]!());
const keyFns: Array<() => string> = [];
const rec: Record<string, number> = { x: 1, y: 2 };
for (let k in rec) {
  keyFns.push(() => k);
  k += "!";
}
console.log(keyFns.map((f) => f()).join(","));
const pairs: Array<() => number> = [];
for (let v of new Set([3, 4])) {
  if (v === 3) continue;
  pairs.push(() => v * 2);
  v = 0;
}
console.log(pairs.map((f) => f()));
