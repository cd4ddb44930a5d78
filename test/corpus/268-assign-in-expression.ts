const trace: string[] = [];
function t<T>(label: string, v: T): T {
  trace.push(label);
  return v;
}
const rec: Record<string, number> = { a: 1, zero: 0 };
const arr: number[] = [10, 20, 30];
console.log((rec.b = 5), rec);
console.log((rec["a"] += 2), rec.a, (rec["a"] -= 2));
console.log((rec.zero ||= 9), (rec.a ||= 9), (rec.a &&= 0), (rec.zero &&= 7), rec);
console.log((rec.missing ??= 4), (rec.missing ??= 8), rec.missing);
let x = 0;
let y = 0;
x = y = arr[1] = arr[2] += 5;
console.log(x, y, arr);
console.log((arr[3] = 1), arr.length, arr);
console.log((t("obj", arr)[t("key", 0)] += t("rhs", 1)), trace.join(","));
trace.length = 0;
console.log((t("obj", rec)[t("key", "q")] ??= t("rhs", 3)), trace.join(","));
trace.length = 0;
console.log((t("obj", rec)[t("key", "q")] ??= t("rhs", 99)), trace.join(","));
class Box {
  count = 0;
  private _w = 1;
  log: number[] = [];
  get width(): number {
    return this._w;
  }
  set width(v: number) {
    this.log.push(v);
    this._w = v * 2;
  }
  bump(): number {
    return (this.count += 3);
  }
}
const b = new Box();
console.log(b.bump(), b.bump(), (b.width = 4), b.width, (b.width += 1), b.width, b.log);
const groups: Record<string, string[]> = {};
for (const w of ["apple", "avocado", "banana", "cherry", "blueberry"]) (groups[w[0]!] ??= []).push(w);
console.log(groups);
const counts: Record<number, number> = {};
for (const n of [3, 1, 3, 3, 2]) counts[n] = (counts[n] ?? 0) + 1;
let total = 0;
for (const n of [1, 2, 3]) console.log("running", (total += n));
const s: Record<string, string> = { name: "" };
console.log(JSON.stringify((s.name ||= "anon")), JSON.stringify((s.name &&= "")), s);
const flags: boolean[] = [false, true];
console.log((flags[0] ||= true), (flags[1] &&= false), flags);
