// throw of any value (catch gets the value itself, finally still runs); assignments used as values:
// chained =, compound and logical assignments inside expressions, (m[k] ??= []).push(x).
function attempt(kind: number): string {
  try {
    if (kind === 0) throw "text";
    if (kind === 1) throw -0;
    if (kind === 2) throw null;
    if (kind === 3) throw undefined;
    if (kind === 4) throw { code: 7, tags: ["a"] };
    if (kind === 5) throw [1, NaN];
    if (kind === 6) throw new RangeError("range");
    return "none";
  } catch (e) {
    console.log(kind, e instanceof Error ? e.message : e, typeof e, e instanceof Error, String(e));
    return "caught";
  } finally {
    console.log("finally", kind);
  }
}
for (let k = 0; k <= 7; k++) console.log(attempt(k));
let a = 1, b = 2, c = 3;
a = b = c = -0;
console.log(a, b, c, Object.is(a, -0));
let n = 5;
console.log((n += 2), (n *= 3), n, (n ||= 100), (n &&= 0), (n ||= 8), (n ??= 9));
const groups: Record<string, string[]> = {};
for (const w of ["apple", "avocado", "banana", "", "blueberry", "cherry"]) (groups[w.slice(0, 1)] ??= []).push(w);
console.log(groups);
const counts = new Map<string, number>();
for (const ch of "hello") counts.set(ch, (counts.get(ch) ?? 0) + 1);
let last = "";
const seen: string[] = [];
for (const [k, v] of counts) seen.push((last = k) + v);
console.log(seen, last);
