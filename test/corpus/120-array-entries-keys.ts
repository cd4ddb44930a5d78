const a = ["p", "q", "r"];
for (const i of a.keys()) console.log("key", i);
for (const [i, v] of a.entries()) console.log("entry", i, v);
for (const v of a.values()) console.log("value", v);
console.log([...a.keys()], Array.from(a.entries()));
