const things: unknown[] = [1, 1.5, "s", true, undefined, null, [1], { a: 1 }, () => 1, NaN];
for (const t of things) console.log(typeof t);
class K {}
console.log(typeof new K(), typeof K);
let u: number | undefined;
console.log(typeof u, typeof u === "undefined");
function check(v: string | number): string {
  return typeof v === "string" ? "str:" + v.length : "num:" + v.toFixed(1);
}
console.log(check("abc"), check(2));
