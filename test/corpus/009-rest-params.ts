function sum(...nums: number[]): number {
  let s = 0;
  for (const n of nums) s += n;
  return s;
}
console.log(sum(), sum(1), sum(1, 2, 3, 4));
function tagged(tag: string, ...rest: string[]): string {
  return tag + ":" + rest.length + ":" + rest.join("-");
}
console.log(tagged("a"));
console.log(tagged("b", "x", "y"));
const arrowRest = (first: number, ...others: number[]) => others.map((o) => o - first);
console.log(arrowRest(10, 11, 15, 7));
