class Base {
  kind = "base";
  tag: string;
  constructor() {
    this.tag = "tag:" + this.kind;
    console.log("Base ctor", this.kind);
  }
  describe(): string {
    return this.kind + "/" + this.tag;
  }
}
class Derived extends Base {
  override kind = "derived";
  extra = 5;
  constructor() {
    super();
    console.log("Derived ctor", this.kind, this.extra);
  }
}
const d = new Derived();
console.log(d.describe());
