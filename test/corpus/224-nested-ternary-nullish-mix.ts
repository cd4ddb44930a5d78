function label(v: number | null | undefined): string {
  return v == null ? "none" : v > 0 ? "pos" : v < 0 ? "neg" : Object.is(v, -0) ? "negzero" : "zero";
}
console.log([1, -1, 0, -0, null, undefined, NaN].map(label));
const a: { v?: number | null } = { v: null };
console.log(a.v ?? (a.v === null ? "was null" : "was undefined"));
