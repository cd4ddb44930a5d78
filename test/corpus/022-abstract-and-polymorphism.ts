abstract class Shape {
  abstract area(): number;
  describe(): string {
    return this.constructor.name + " area " + this.area().toFixed(1);
  }
}
class Sq extends Shape {
  constructor(private s: number) {
    super();
  }
  area(): number {
    return this.s * this.s;
  }
}
class Circ extends Shape {
  constructor(private r: number) {
    super();
  }
  area(): number {
    return Math.PI * this.r * this.r;
  }
}
const shapes: Shape[] = [new Sq(2), new Circ(1), new Sq(1.5)];
for (const s of shapes) console.log(s.describe());
const total = shapes.reduce((acc, s) => acc + s.area(), 0);
console.log(total.toFixed(3));
