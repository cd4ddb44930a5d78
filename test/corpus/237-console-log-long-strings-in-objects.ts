const o = {
  description: "a fairly long description of the greenhouse sensor bed that goes on",
  short: "x",
};
console.log(o);
console.log({ list: ["alpha beta gamma delta", "epsilon zeta eta theta", "iota kappa lambda mu"] });
console.log(["line one\nline two", "tab\there", "quote ' inside", 'double " inside']);
console.log({ nested: { arr: [[1, 2, [3, [4, [5]]]]], empty: {}, emptyArr: [] } });
console.log([{}, [], [[]], [{}], { a: [] }]);
