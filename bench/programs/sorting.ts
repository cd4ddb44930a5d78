// Bench program: sorting — numbers with a comparator, records by two keys, and a handwritten insertion sort.
let seed = 11;
const nums: number[] = [];
for (let i = 0; i < 6000; i++) {
  seed = (seed * 75 + 74) % 65537;
  nums.push(seed % 10000);
}
const ascending = [...nums].sort((a, b) => a - b);
interface Plant {
  name: string;
  thirst: number;
}
const plants: Plant[] = [];
for (let i = 0; i < 3000; i++) plants.push({ name: "p" + (nums[i]! % 997), thirst: nums[i]! % 10 });
plants.sort((a, b) => b.thirst - a.thirst || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
const small = nums.slice(0, 400);
for (let i = 1; i < small.length; i++) {
  const v = small[i]!;
  let j = i - 1;
  while (j >= 0 && small[j]! > v) {
    small[j + 1] = small[j]!;
    j--;
  }
  small[j + 1] = v;
}
console.log("min", ascending[0], "median", ascending[3000], "max", ascending[5999], "first plant", plants[0]!.name, plants[0]!.thirst, "small", small[0], small[399]);
