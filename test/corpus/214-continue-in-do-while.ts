let i = 0;
const out: number[] = [];
do {
  i++;
  if (i % 3 === 0) continue;
  out.push(i);
} while (i < 10);
console.log(out);
let w = 0;
const evens: number[] = [];
while (w < 10) {
  w++;
  if (w % 2) continue;
  evens.push(w);
}
console.log(evens);
outer: do {
  for (let k = 0; k < 5; k++) {
    if (k === 2) break outer;
    console.log("k", k);
  }
} while (false);
