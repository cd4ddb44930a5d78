const ops: Record<string, (a: number, b: number) => number> = {
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => a / b,
};
for (const name of Object.keys(ops)) console.log(name, ops[name]!(12, 4));
function apply(f: (x: number) => number, times: number, x: number): number {
  for (let i = 0; i < times; i++) x = f(x);
  return x;
}
console.log(apply((x) => x * 2, 10, 1), apply(Math.sqrt, 2, 256));
