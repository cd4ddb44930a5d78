const words = ["a", "b", "c"];
const nums = [10, 20, 30];
const indexes = [0, 2, 3, 255, -1, 1.5, NaN, Infinity, 2147483648];
for (const i of indexes) {
  console.log(i, words[i] ?? "none", nums[i] ?? -1, typeof words[i]);
}
console.log([...words].reverse()[255] ?? "none");
console.log("line break".split(" ")[7] ?? "none");
const empty: string[] = Object.keys({});
console.log(empty[1.5] ?? "empty", (words[9] ?? "none").toUpperCase());
console.log((words[4] ?? "none").indexOf("n"), String(words[3]));
