function retry(attempts: number, op: (i: number) => boolean): number {
  for (let i = 1; i <= attempts; i++) {
    if (op(i)) return i;
  }
  return -1;
}
console.log(retry(5, (i) => i * i > 10));
console.log(retry(3, () => false));
const listeners: Array<(v: string) => void> = [];
const got: string[] = [];
listeners.push((v) => got.push("A:" + v));
listeners.push((v) => got.push("B:" + v.toUpperCase()));
for (const l of listeners) l("evt");
console.log(got);
