class Base {
  static registry: string[] = [];
  static create(name: string): Base {
    Base.registry.push(name);
    return new this(name);
  }
  constructor(public name: string) {}
  toString(): string {
    return "Base(" + this.name + ")";
  }
  static describe(): string {
    return "Base with " + Base.registry.length;
  }
}
class Child extends Base {
  static override describe(): string {
    return "Child / " + super.describe();
  }
  handler = (): string => this.name + "!";
}
const b = Base.create("one");
const c = new Child("two");
console.log(String(b), `${c}`, c.handler(), Child.describe());
console.log(b, c instanceof Base, c.name);
const detached = c.handler;
console.log(detached());
