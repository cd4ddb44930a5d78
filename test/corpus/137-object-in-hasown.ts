const o: { a?: number; b?: number | undefined } = { a: 1, b: undefined };
console.log("a" in o, "b" in o, "c" in o);
console.log(Object.hasOwn(o, "b"), Object.prototype.hasOwnProperty.call(o, "a"));
console.log(o.b === undefined, Object.keys(o));
console.log(JSON.stringify(o));
