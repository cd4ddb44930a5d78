// Reads past the end of an array or of a missing record key used as numbers: undefined becomes NaN (or compares false), as in JavaScript.
const arr: number[] = [5, 7];
const rec: Record<string, number> = { a: 1 };
console.log(arr[9]! - 1, arr[2]! * 2, -arr[5]!, arr[1]! - 1, 3 > arr[-1]!, arr[-1]! <= 3, rec["missing"]! / 2, rec["a"]! + 1);
console.log(arr[7]! | 0, (arr[3]! + 1), String(arr[8]), arr[8] === undefined, rec["zz"] ?? "none");
const i = arr.length;
console.log(arr[i]! + 1, Math.max(arr[0]!, arr[i - 1]!));
console.log(Math.max(arr[0]!, arr[i]!), Math.min(arr[i]!, 1), Math.abs(arr[i]!), Math.floor(arr[i]!));
let total = 0;
for (let k = 0; k <= arr.length; k++) total += arr[k]!;
console.log(total);
