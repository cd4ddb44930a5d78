console.log([10, 9, 1, 100, 25].sort());
console.log([3, 20, 100].sort());
console.log(["b", "a", "C", "B"].sort());
console.log([true, false].sort());
console.log([-1, -2, 3, 0].sort());
console.log([1.5, 1.25, 10, 2].sort());
const a = [5, 1, 4];
const r = a.sort();
console.log(r === a, a);
