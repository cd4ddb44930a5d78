class Point {
  x: number;
  y: number;
  constructor(x: number, y: number) {
    this.x = x;
    this.y = y;
  }
  add(o: Point): Point {
    return new Point(this.x + o.x, this.y + o.y);
  }
  len(): number {
    return Math.sqrt(this.x * this.x + this.y * this.y);
  }
}
const p = new Point(3, 4);
console.log(p.len());
const q = p.add(new Point(1, 1));
console.log(q.x, q.y);
console.log(p instanceof Point);
