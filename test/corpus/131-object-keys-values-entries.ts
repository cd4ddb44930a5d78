const o = { name: "bed", temp: 21.5, ok: true };
console.log(Object.keys(o));
console.log(Object.values(o));
console.log(Object.entries(o));
for (const [k, v] of Object.entries(o)) console.log(k, "=", v);
console.log(Object.keys({}).length);
const arrKeys = Object.keys(["a", "b"]);
console.log(arrKeys);
