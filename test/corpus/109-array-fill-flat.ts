console.log(new Array(3).fill(0));
console.log([1, 2, 3, 4].fill(9, 1, 3));
console.log(Array(4).fill("x").join(""));
console.log([1, [2, [3, [4]]]].flat());
console.log([1, [2, [3, [4]]]].flat(2));
console.log([[1, 2], [3]].flat());
console.log([1, 2].flatMap((n) => [n, n * 10]));
console.log(Array.from({ length: 4 }, (_, i) => i * i));
console.log(Array.from("abc"), Array.of(7, 8));
