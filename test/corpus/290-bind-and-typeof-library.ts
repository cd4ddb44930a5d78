// Function.prototype.bind: a method bound to its own object, bound arguments evaluated at bind
// time; typeof of library functions.
class Counter {
  count = 0;
  private onTick: (step: number) => number;
  constructor() {
    this.onTick = this.add.bind(this);
  }
  add(step: number): number {
    this.count += step;
    return this.count;
  }
  run(steps: number[]): number[] {
    return steps.map(this.onTick);
  }
}
const c = new Counter();
console.log(c.run([1, 2, 3]), c.count);
const addTen = c.add.bind(c, 10);
console.log(addTen(), addTen(), c.count);
function scale(factor: number, x: number): number {
  return factor * x;
}
let f = 3;
const triple = scale.bind(null, f);
f = 100;
console.log(triple(5), [1, 2].map((x) => triple(x)));
const join = (a: string, b: string, c: string) => `${a}${b}${c}`;
const withAb = join.bind(undefined, "a", "b");
console.log(withAb("!"), typeof withAb, typeof Math.floor, typeof JSON.stringify, typeof console.error);
