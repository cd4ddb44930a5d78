function* counter(limit: number): Generator<number, string, number | undefined> {
  let total = 0;
  for (let i = 0; i < limit; i++) {
    const sent = yield total;
    total += sent ?? 1;
  }
  return `total ${total}`;
}
const g = counter(3);
console.log(g.next(100), g.next(5), g.next(), g.next(10), g.next(), g.next());
const early = counter(5);
console.log(early.next(), early.return("stop"), early.next());
const fresh = counter(2);
console.log(fresh.return("never started"), fresh.next());
function* inner(): Generator<string, number> {
  yield "a";
  yield "b";
  return 42;
}
function* outer(): Generator<string | number> {
  const r = yield* inner();
  yield r;
  yield* ["x", "y"];
  yield* "hi";
}
console.log([...outer()]);
function* empty(): Generator<number> {
  if (Math.max(1, 2) > 5) yield 1;
}
console.log([...empty()], empty().next());
class Tree {
  constructor(
    public value: number,
    public kids: Tree[] = [],
  ) {}
  *walk(): Generator<number> {
    yield this.value;
    for (const k of this.kids) yield* k.walk();
  }
}
const t = new Tree(1, [new Tree(2, [new Tree(3)]), new Tree(4)]);
console.log([...t.walk()], Math.max(...t.walk()));
function* naturals(): Generator<number> {
  let n = 0;
  while (true) yield n++;
}
const firstFive: number[] = [];
for (const n of naturals()) {
  if (n >= 5) break;
  firstFive.push(n);
}
console.log(firstFive);
const shared = naturals();
try {
  for (const n of shared) {
    if (n === 2) throw new Error("stop at 2");
  }
} catch (e) {
  console.log((e as Error).message, shared.next());
}
const partial = counter(4);
partial.next();
const rest: number[] = [];
for (const v of partial) rest.push(v);
console.log(rest, partial.next());
function* failing(): Generator<number> {
  yield 1;
  throw new RangeError("gen failed");
}
const f = failing();
console.log(f.next());
try {
  f.next();
} catch (e) {
  console.log(String(e), f.next());
}
const shown = naturals();
console.log(shown, [shown], String(shown), `${shown}`, typeof shown, JSON.stringify({ g: shown }));
