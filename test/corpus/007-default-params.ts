function greet(name: string, greeting = "Hello", punct: string = "!"): string {
  return greeting + ", " + name + punct;
}
console.log(greet("Ada"));
console.log(greet("Bob", "Hi"));
console.log(greet("Cy", undefined, "?"));
function withExpr(a: number, b = a * 2, c = a + b): number[] {
  return [a, b, c];
}
console.log(withExpr(1), withExpr(1, 5), withExpr(2, 3, 4));
let calls = 0;
function fresh(list: number[] = []): number[] {
  calls++;
  list.push(calls);
  return list;
}
console.log(fresh(), fresh(), fresh([9]));
