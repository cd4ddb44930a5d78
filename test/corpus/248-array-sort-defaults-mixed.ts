console.log([10, 1, 5, 100, 50, -5, -50, 0.5].sort());
console.log(["b", undefined, "a", undefined, "c"].sort());
console.log([3, 2, 1].sort(() => 0), [1, 2, 3].sort((a, b) => b - a));
console.log(["10", "9", "1", "100"].sort(), ["é", "e", "z", "E"].sort());
const objs = [{ v: 2 }, { v: 1 }, { v: 3 }];
console.log(objs.sort((a, b) => a.v - b.v).map((o) => o.v).join(""));
