const x = "global";
function f(x: number): string {
  const inner = (x: string) => x.toUpperCase();
  return inner("v" + x);
}
console.log(f(1), x);
function g(list: number[]): number {
  let total = 0;
  for (const list2 of [list]) {
    for (const x of list2) {
      const total2 = total + x;
      total = total2;
    }
  }
  return total;
}
console.log(g([1, 2, 3]));
