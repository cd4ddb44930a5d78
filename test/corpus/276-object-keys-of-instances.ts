class Base {
  id = 1;
  #secret = "hidden";
  constructor(public name: string) {}
  get label(): string {
    return `${this.name}#${this.id}`;
  }
  reveal(): string {
    return this.#secret;
  }
}
class Child extends Base {
  extra: number[] = [];
  late?: string;
  constructor(name: string, readonly level: number) {
    super(name);
    this.extra.push(level);
  }
}
const b = new Base("b");
const c = new Child("c", 3);
console.log(Object.keys(b), Object.values(b), Object.entries(b));
console.log(Object.keys(c), Object.values(c));
c.late = "now";
c.id = 9;
console.log(Object.entries(c), c.label, c.reveal());
for (const [k, v] of Object.entries(c)) console.log(k, typeof v);
class Empty {}
console.log(Object.keys(new Empty()), Object.entries(new Empty()).length);
