// Object.fromEntries (string keys, integer-like keys first), Object.hasOwn, hasOwnProperty.call, freeze/isFrozen.
const o = Object.fromEntries([["b", 1], ["10", 2], ["a", 3], ["2", 4], ["b", 5]]);
console.log(o, Object.keys(o));
const m = new Map<string, number>([["x", 1], ["y", 2]]);
const fromMap = Object.fromEntries(m);
console.log(fromMap, JSON.stringify(Object.fromEntries([[1, "one"], [true, "yes"]] as Array<[number | boolean, string]>)));
console.log(Object.fromEntries([]), Object.entries(fromMap).length);
class Box {
  size = 1;
  get area(): number {
    return this.size * this.size;
  }
  grow(): void {
    this.size++;
  }
}
const box = new Box();
console.log(Object.hasOwn(box, "size"), Object.hasOwn(box, "area"), Object.hasOwn(box, "grow"));
const rec: Record<string, number | undefined> = { u: undefined };
console.log(Object.hasOwn(rec, "u"), Object.hasOwn(rec, "v"), Object.prototype.hasOwnProperty.call(rec, "u"));
const list = ["p", "q"];
console.log(Object.hasOwn(list, "length"), Object.hasOwn(list, "1"), Object.hasOwn(list, "2"), Object.hasOwn(list, "01"));
const settings = Object.freeze({ mode: "auto", level: 3 });
const plain = { mode: "manual" };
const levels = Object.freeze([1, 2, 3]);
console.log(settings.mode, Object.isFrozen(settings), Object.isFrozen(plain), Object.isFrozen(levels), Object.isFrozen("s"), levels.length);
