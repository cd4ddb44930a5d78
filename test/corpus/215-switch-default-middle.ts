function f(x: number): string {
  let r = "";
  switch (x) {
    case 1:
      r += "one;";
    default:
      r += "default;";
    case 2:
      r += "two;";
      break;
    case 3:
      r += "three;";
  }
  return r;
}
console.log([1, 2, 3, 4].map(f));
function g(x: string): number {
  switch (x) {
  }
  return x.length;
}
console.log(g("abc"));
