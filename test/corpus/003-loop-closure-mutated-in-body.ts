const fns: Array<() => number> = [];
for (let i = 0; i < 6; i++) {
  if (i % 2 === 0) {
    i++;
  }
  fns.push(() => i);
}
console.log(fns.length, fns.map((f) => f()));
const later: Array<() => string> = [];
for (let i = 0, tag = "t"; i < 3; i++) {
  tag = tag + i;
  later.push(() => tag);
}
console.log(later.map((f) => f()).join(" "));
