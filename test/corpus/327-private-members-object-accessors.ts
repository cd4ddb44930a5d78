// #private fields, methods, accessors and statics (with #x in obj), hidden from printing; object
// literals whose methods use this, with getters and setters, chained through `return this`.
class Counter {
  #count = 0;
  static #made = 0;
  constructor(public name: string) {
    Counter.#made++;
  }
  #step(by: number): number {
    this.#count += by;
    return this.#count;
  }
  get count(): number {
    return this.#count;
  }
  set count(v: number) {
    this.#count = v < 0 ? 0 : Math.trunc(v);
  }
  tick(): number {
    this.#step(1);
    return this.#step(2);
  }
  static made(): number {
    return Counter.#made;
  }
  static isCounter(o: object): boolean {
    return #count in o;
  }
}
const c = new Counter("c");
c.count = -5;
console.log(c.tick(), c.count);
c.count = 2.9;
console.log(c.tick(), c.count, Counter.made(), new Counter("d").name, Counter.made());
console.log(Counter.isCounter(c), Counter.isCounter({}), c, JSON.stringify(c), Object.keys(c));
const box = {
  n: 1,
  tag: "t",
  add(k: number) {
    this.n += k;
    return this;
  },
  get twice(): number {
    return this.n * 2;
  },
  set label(s: string) {
    this.tag = s.toUpperCase() + this.n;
  },
};
box.add(-3).add(0.5);
box.label = "é☃x";
console.log(box.n, box.twice, box.tag, JSON.stringify(box));
console.log(box);
