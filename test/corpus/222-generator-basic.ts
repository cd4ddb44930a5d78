function* range(start: number, end: number, step = 1): Generator<number> {
  for (let i = start; i < end; i += step) yield i;
}
console.log([...range(0, 5)], [...range(10, 20, 4)]);
function* fibs(): Generator<number> {
  let [a, b] = [0, 1];
  while (true) {
    yield a;
    [a, b] = [b, a + b];
  }
}
const out: number[] = [];
for (const f of fibs()) {
  if (f > 50) break;
  out.push(f);
}
console.log(out);
