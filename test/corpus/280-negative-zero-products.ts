// -0 from products of integers: a zero times a negative factor (JavaScript numbers are doubles).
function times(a: number, b: number): number {
  return a * b;
}
const zero = 0;
const minusOne = -1;
console.log(times(0, -5), times(-5, 0), times(0, 5), times(-2, -3), times(-2, 3));
console.log(zero * minusOne, minusOne * zero, zero * 2, 2 * zero, zero * -0);
console.log(1 / (zero * minusOne), Object.is(zero * minusOne, -0), String(zero * minusOne));
let acc = 0;
acc *= -3;
console.log(acc, [acc], JSON.stringify(acc));
let n = -4;
n *= 0;
console.log(n, -n, -zero, 0.5 * minusOne, -0 * 0.5);
const values = [3, 0, -2];
console.log(values.map((v) => v * -1), values.map((v) => v * 0));
console.log(times(2 ** 30, 2 ** 20), times(-7, 6), times(1.5, -0));
