const a = [1, [2, 3]] as [number, number[]];
const shallow = [...a] as [number, number[]];
shallow[1].push(4);
shallow[0] = 100;
console.log(a, shallow);
const merged = [...[1, 2], ...new Set([2, 3]), ...new Map([["k", 1]]).keys()];
console.log(merged);
