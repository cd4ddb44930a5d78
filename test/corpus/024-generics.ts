function firstOr<T>(list: T[], fallback: T): T {
  return list.length > 0 ? list[0]! : fallback;
}
console.log(firstOr([5, 6], 0), firstOr<string>([], "none"));
class Stack<T> {
  private items: T[] = [];
  push(item: T): void {
    this.items.push(item);
  }
  pop(): T | undefined {
    return this.items.pop();
  }
  get size(): number {
    return this.items.length;
  }
}
const s = new Stack<string>();
s.push("a");
s.push("b");
console.log(s.pop(), s.size, s.pop(), s.pop());
function mapPair<A, B>(p: [A, A], f: (a: A) => B): [B, B] {
  return [f(p[0]), f(p[1])];
}
console.log(mapPair([2, 3], (n) => "n" + n));
