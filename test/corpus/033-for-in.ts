const obj: Record<string, number> = { b: 2, a: 1, c: 3 };
const keys: string[] = [];
for (const k in obj) {
  keys.push(k);
}
console.log(keys);
let total = 0;
for (const k in obj) total += obj[k]!;
console.log(total);
const arr = ["x", "y", "z"];
for (const i in arr) {
  console.log(i, typeof i, arr[i]);
}
