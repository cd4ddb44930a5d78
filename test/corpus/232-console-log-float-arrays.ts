console.log([3, 0.1, 0, -1, -1].map((x) => x + 1e-7));
console.log([0.5, 1.25, 2.125, 3.0625, 4.03125, 5.015625, 6.0078125]);
console.log([1e21, 1e-7, 123456.789, -0.000001, 42, 7, 0.1 + 0.2]);
console.log([100, 2000, 30000, 400000, 5000000, 60000000, 700000000, 8]);
console.log([-1, -22, -333, -4444, -55555, -666666, -7777777]);
console.log(["a", "bb", "ccc", "dddd", "eeeee", "ffffff", "ggggggg"]);
console.log([true, false, true, false, true, false, true]);
