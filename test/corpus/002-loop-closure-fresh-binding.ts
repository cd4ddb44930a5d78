const fns: Array<() => number> = [];
for (let i = 0; i < 4; i++) {
  fns.push(() => i * 10);
}
console.log(fns.map((f) => f()).join(","));
const gs: Array<() => string> = [];
for (const s of ["a", "b", "c"]) {
  gs.push(() => s + s);
}
console.log(gs.map((g) => g()));
const hs: Array<() => number> = [];
let j = 0;
while (j < 3) {
  const k = j;
  hs.push(() => k);
  j++;
}
console.log(hs.map((h) => h()));
