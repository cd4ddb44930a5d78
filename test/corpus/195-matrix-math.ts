type Mat = number[][];
function mul(a: Mat, b: Mat): Mat {
  return a.map((row) => b[0]!.map((_, j) => row.reduce((s, v, k) => s + v * b[k]![j]!, 0)));
}
const a: Mat = [
  [1, 2],
  [3, 4],
];
const id: Mat = [
  [1, 0],
  [0, 1],
];
console.log(mul(a, id), mul(a, a));
console.log(mul([[0.5, 0.25]], [[2], [4]]));
