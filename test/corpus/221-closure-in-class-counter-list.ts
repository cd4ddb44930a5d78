function makeAccumulators(n: number): Array<(v: number) => number> {
  const out: Array<(v: number) => number> = [];
  for (let i = 0; i < n; i++) {
    let acc = i * 100;
    out.push((v) => {
      acc += v;
      return acc;
    });
  }
  return out;
}
const accs = makeAccumulators(3);
console.log(accs[0]!(1), accs[1]!(1), accs[2]!(1));
console.log(accs[0]!(1), accs[1]!(10), accs[2]!(100));
