const o = { b: 1, "10": 2, a: 3, "2": 4, zeta: 5, "01": 6 };
console.log(Object.keys(o));
console.log(Object.values(o));
console.log(JSON.stringify(o));
console.log(o);
const words = { "two words": 1, a: 2, "10": 3 };
console.log(Object.keys(words), JSON.stringify(words));
