console.log(JSON.stringify({ a: 1, b: "two", c: true, d: null }));
console.log(JSON.stringify([1, "x", false, null]));
console.log(JSON.stringify("str"), JSON.stringify(42), JSON.stringify(null), JSON.stringify(true));
console.log(JSON.stringify({ nested: { deep: [1, { x: [] }] }, empty: {} }));
console.log(JSON.stringify(1.5), JSON.stringify(1e21), JSON.stringify(0.1 + 0.2));
console.log(JSON.stringify(NaN), JSON.stringify(Infinity), JSON.stringify([NaN, -Infinity]));
console.log(JSON.stringify({ u: undefined, f: 1 }), JSON.stringify([undefined, () => 1]));
console.log(JSON.stringify(undefined) === undefined);
