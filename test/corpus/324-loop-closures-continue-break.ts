// Closures created in loops keep their own iteration's binding, also when the body changes it,
// skips the rest with continue or leaves with break; do-while with continue checks the condition.
const fs: Array<() => number> = [];
for (let i = 0; i < 6; i++) {
  fs.push(() => i * 10);
  if (i === 1) {
    i++;
    continue;
  }
  fs.push(() => i++);
  if (i > 3) break;
}
console.log(fs.map((f) => f()), fs.map((f) => f()));
const gs: Array<() => string> = [];
for (const w of ["a", "b", "c"]) {
  if (w === "b") continue;
  gs.push(() => w + w);
}
console.log(gs.map((g) => g()));
let k = -1;
const hs: Array<() => number> = [];
do {
  k++;
  if (k % 2 === 0) continue;
  const seen = k;
  hs.push(() => seen);
  if (k > 4) break;
} while (k < 8);
console.log(k, hs.map((h) => h()));
