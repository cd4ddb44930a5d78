const mixed = [0.5, -0, 0, -1.5, 1e3, 1e-3, 42];
console.log([...mixed].sort((a, b) => a - b));
console.log([...mixed].sort());
const withUndef: Array<number | undefined> = [3, undefined, 1];
console.log(withUndef.sort());
