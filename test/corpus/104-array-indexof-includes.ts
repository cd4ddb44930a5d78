const a = [1, 2, 3, 2, 1, NaN];
console.log(a.indexOf(2), a.lastIndexOf(2), a.indexOf(9), a.indexOf(2, 2));
console.log(a.includes(3), a.includes(9), a.includes(NaN), a.indexOf(NaN));
const s = ["a", "b"];
console.log(s.indexOf("b"), s.includes("c"));
const objs = [{ id: 1 }];
console.log(objs.indexOf({ id: 1 }), objs.indexOf(objs[0]!));
