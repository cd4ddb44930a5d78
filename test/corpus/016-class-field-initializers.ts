class Counter {
  count = 0;
  step: number;
  readonly name: string = "ctr";
  history: number[] = [];
  constructor(step: number) {
    this.step = step;
  }
  tick(): this {
    this.count += this.step;
    this.history.push(this.count);
    return this;
  }
}
const c = new Counter(2);
c.tick().tick().tick();
console.log(c.name, c.count, c.history);
const d = new Counter(5);
d.tick();
console.log(d.history, c.history.length);
