// Closures keep their own iteration's binding even when the loop or the closure changes it.
const getters: Array<() => string> = [];
for (let i = 0; i < 8; i++) {
  if (i === 2) continue;
  if (i === 6) break;
  getters.push(() => `i=${i}`);
  i++;
}
console.log(getters.map((g) => g()).join(" "));
const pairs: Array<{ get: () => number; inc: () => void }> = [];
let w = 0;
while (w < 3) {
  let n = w * 10;
  pairs.push({ get: () => n, inc: () => { n += 1; } });
  n++;
  w++;
}
pairs[0]!.inc();
pairs[0]!.inc();
pairs[2]!.inc();
console.log(pairs.map((p) => p.get()));
const later: Array<() => number> = [];
for (let k = 0, step = 1; k < 20; k += step) {
  step *= 2;
  later.push(() => k * 100 + step);
}
console.log(later.map((f) => f()));
const grid: Array<() => string> = [];
for (let r = 0; r < 2; r++) {
  for (let c = 0; c < 3; c++) {
    let label = `${r}`;
    label += c;
    grid.push(() => label);
    if (c === 1) c++;
  }
}
console.log(grid.map((f) => f()).join(","));
const counters: Array<() => number> = [];
let round = 0;
do {
  let hits = 0;
  counters.push(() => ++hits);
  round++;
} while (round < 2);
console.log(counters[0]!(), counters[0]!(), counters[1]!(), counters[0]!());
const noUpdate: Array<() => number> = [];
for (let j = 0; j < 3; ) {
  noUpdate.push(() => j);
  j += 1;
}
console.log(noUpdate.map((f) => f()));
let unset: Array<() => string | undefined> = [];
for (let q = 0; q < 2; q++) {
  let s: string | undefined;
  unset.push(() => s);
  if (q) s = "set";
}
console.log(unset.map((f) => f()));
const fs2: Array<() => number> = [];
for (let v = 1; v < 4; v++) {
  let acc = v;
  fs2.push(() => (acc *= 2));
  fs2.push(() => (acc ??= 0) + acc++);
}
console.log(fs2.map((f) => f()), fs2.map((f) => f()));
