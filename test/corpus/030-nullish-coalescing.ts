const vals: Array<number | null | undefined | string> = [0, null, undefined, "", "x", 5];
for (const v of vals) {
  console.log(String(v), "->", v ?? "default");
}
let a: number | null = null;
a ??= 10;
console.log(a);
let b: number | undefined = 3;
b ??= 99;
console.log(b);
const zero: number = 0;
const empty: string = "";
console.log(zero || "or", zero ?? "nc", empty || "or2", empty ?? "nc2");
