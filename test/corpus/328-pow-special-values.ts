// Math.pow and ** with special values (found by differential fuzzing: a non-integer power of
// -Infinity gave NaN). Results with exact answers only; signs of zero shown through Object.is.
const bases = [-Infinity, Infinity, -0, 0, -2, 4, 0.25, -0.5, NaN, 1, -1];
const exps = [1.5, 0.5, 2, 3, -1, -2, -1.5, -0.5, -0, Infinity, -Infinity, NaN];
const show = (v: number): string => (Object.is(v, -0) ? "-0" : String(v));
for (const x of bases) {
  console.log(show(x), exps.map((y) => show(Math.pow(x, y))).join(" "));
  console.log(" ", exps.map((y) => show(x ** y)).join(" "));
}
let acc = -Infinity;
acc **= 2.5;
console.log(acc, (-Infinity) ** -2.5, Object.is((-Infinity) ** -3, -0), (-Infinity) ** 3);
