interface Reading {
  sensor: string;
  value: number;
  unit?: string;
}
type Pair<T> = [T, T];
type Id = string | number;
function fmt(r: Reading): string {
  return r.sensor + "=" + r.value + (r.unit ?? "");
}
const rs: Reading[] = [
  { sensor: "temp", value: 21.5, unit: "C" },
  { sensor: "moist", value: 40 },
];
console.log(rs.map(fmt).join("; "));
const pr: Pair<number> = [1, 2];
const ids: Id[] = [1, "two", 3];
console.log(pr, ids);
