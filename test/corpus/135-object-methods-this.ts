const counter = {
  count: 0,
  label: "clicks",
  inc() {
    this.count++;
    return this;
  },
  describe(): string {
    return this.label + ": " + this.count;
  },
};
counter.inc().inc();
console.log(counter.describe());
const obj = {
  items: [1, 2, 3],
  factor: 10,
  scaled(): number[] {
    return this.items.map((i) => i * this.factor);
  },
};
console.log(obj.scaled());
