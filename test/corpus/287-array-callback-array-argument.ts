// Array callbacks that take the array itself as their last parameter: (value, index, array).
const nums = [3, 1, 3, 2, 1];
console.log(nums.filter((v, i, arr) => arr.indexOf(v) === i));
console.log(nums.map((v, i, arr) => v + (arr[i + 1] ?? 0)));
console.log([5, 6, 7].map((v, i, arr) => `${v}/${arr.length}`), ["x", "y"].filter((v, i, arr) => arr.length > i + 1));
const seen: string[] = [];
nums.forEach((v, i, arr) => seen.push(`${i}:${arr[arr.length - 1 - i]}`));
[9, 8].forEach((v, i, arr) => seen.push(`${v}${arr.length}`));
console.log(seen.join(" "));
console.log(nums.find((v, i, arr) => v === arr[0] && i > 0), nums.findIndex((v, i, arr) => v > (arr[i - 1] ?? 99)));
console.log(nums.some((v, i, arr) => arr.lastIndexOf(v) !== i), nums.every((v, i, arr) => arr.includes(v)));
console.log(nums.reduce((acc, v, i, arr) => acc + v * (arr.length - i), 0));
