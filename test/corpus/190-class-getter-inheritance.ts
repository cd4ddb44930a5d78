class Shape {
  constructor(protected w: number, protected h: number) {}
  get area(): number {
    return this.w * this.h;
  }
  get name(): string {
    return "shape";
  }
  toString(): string {
    return `${this.name}(${this.area})`;
  }
}
class Square extends Shape {
  constructor(s: number) {
    super(s, s);
  }
  override get name(): string {
    return "square";
  }
}
console.log(String(new Shape(2, 3)), String(new Square(4)));
console.log(`${new Square(1.5)}`);
