// A callback typed optional is passed on as it is: its own arity, and undefined keeps the default order.
function sorted(xs: number[], cmp?: (a: number, b: number) => number): number[] {
  return [...xs].sort(cmp);
}
function mapped(xs: number[], f?: (x: number, i: number) => number): number[] {
  return f ? xs.map(f) : xs;
}
console.log(sorted([3, 1, 2]).join(), sorted([3, 1, 2], (a, b) => b - a).join(), sorted([10, 9, 1]).join());
console.log(mapped([1, 2, 3], (x, i) => x * 10 + i).join(), mapped([4, 5]).join());
