const cache = new Map<number, number>();
let computed = 0;
function slowSquare(n: number): number {
  const hit = cache.get(n);
  if (hit !== undefined) return hit;
  computed++;
  const v = n * n;
  cache.set(n, v);
  return v;
}
const inputs = [3, 4, 3, 5, 4, 3];
console.log(inputs.map(slowSquare), computed, cache.size);
