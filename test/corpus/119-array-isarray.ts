const things: unknown[] = [[], [1], "[]", {}, null, new Set([1])];
console.log(things.map((t) => Array.isArray(t)));
function flatten(x: unknown): unknown[] {
  return Array.isArray(x) ? x.flatMap(flatten) : [x];
}
console.log(flatten([1, [2, [3, [4, [5]]]], "s"]));
