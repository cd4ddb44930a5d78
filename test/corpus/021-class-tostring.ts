class Money {
  constructor(private cents: number) {}
  toString(): string {
    return "$" + (this.cents / 100).toFixed(2);
  }
}
const m = new Money(1234);
console.log(String(m));
console.log("total: " + m);
console.log(`in template ${m}`);
const items = [new Money(5), new Money(250)];
console.log(items.join(" + "));
