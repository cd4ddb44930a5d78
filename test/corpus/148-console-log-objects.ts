console.log({});
console.log({ a: 1, b: "x" });
console.log({ nested: { deep: { deeper: { deepest: 1 } } } });
console.log({ arr: [1, 2], obj: { k: "v" }, n: null, u: undefined });
console.log({ "with space": 1, valid_id: 2, $d: 3, "1a": 4, a1: 5 });
console.log([{ a: 1 }, { b: [2] }]);
console.log({ s: "it's" });
