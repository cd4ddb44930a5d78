// Generators: return values, early exits, finally after the loop, yield* results, next() after done.
function* count(n: number): Generator<number, string, undefined> {
  for (let k = 0; k < n; k++) {
    if (k === 2) continue;
    if (k === 4) return "early";
    yield k;
  }
  return "done";
}
function* outer(): Generator<number, number, undefined> {
  const r: string = yield* count(3);
  console.log("inner returned", r);
  const r2: string = yield* count(9);
  console.log("inner returned", r2);
  return -1;
}
console.log([...count(0)], [...count(3)], [...count(9)], [...outer()]);
const it = count(3);
console.log(it.next(), it.next(), it.next(), it.next(), it.next());
const it2 = count(5);
console.log(it2.next(), it2.return("stop"), it2.next());
function* guarded(): Generator<string, void, undefined> {
  try {
    console.log("body");
  } finally {
    console.log("finally runs before the first yield");
  }
  yield "a";
  yield "b";
}
for (const s of guarded()) console.log(s);
function* strs(): Generator<string, void, undefined> {
  yield* "h😀";
  yield* ["x", ""];
}
console.log([...strs()], [...strs()].length);
