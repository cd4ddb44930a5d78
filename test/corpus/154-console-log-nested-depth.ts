const deep = { l1: { l2: { l3: { l4: { l5: "bottom" } } } } };
console.log(deep);
console.log([[[[[1]]]]]);
console.log({ a: [{ b: { c: { d: 1 } } }] });
console.log(JSON.stringify(deep));
