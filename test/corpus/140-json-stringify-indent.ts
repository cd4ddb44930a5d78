const data = { name: "bed", readings: [1, 2.5, { t: 3 }], meta: {}, list: [], ok: false };
console.log(JSON.stringify(data, null, 2));
console.log(JSON.stringify(data, null, 4));
console.log(JSON.stringify([1, [2, [3]]], null, 1));
console.log(JSON.stringify({ a: [] }, null, "--"));
console.log(JSON.stringify(data, null, 0));
console.log(JSON.stringify({ a: 1 }, null, 20));
