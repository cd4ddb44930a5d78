const entries: Array<[string, number]> = [["x", 1], ["y", 2]];
const o = Object.fromEntries(entries);
console.log(o);
const inverted = Object.fromEntries(Object.entries(o).map(([k, v]) => [String(v), k]));
console.log(inverted);
const frozen = Object.freeze({ k: 1 });
console.log(Object.isFrozen(frozen), frozen.k);
