const vals: unknown[] = [0, -0, "", "0", " ", NaN, [], {}, null, undefined, 1, -1, "false", Infinity];
const out: string[] = [];
for (const v of vals) {
  out.push(v ? "T" : "F");
}
console.log(out.join(""));
const bool = (v: unknown): boolean => !!v;
console.log(bool(0), bool(""), bool([]), bool({}), bool(NaN));
const arr: number[] = [];
if (arr) console.log("empty array is truthy");
if (!arr.length) console.log("but length is falsy");
const n = 0;
console.log(n || "fallback", n && "never");
const sa: string = "a";
const se: string = "";
console.log(sa && "b", se && "b");
