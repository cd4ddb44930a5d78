// % keeps the sign of the dividend, -0 included, also with a positive literal divisor.
const xs = [-0, 0, -3, 3, -6, 6.5, -6.5, NaN, Infinity];
for (const x of xs) {
  const r = x % 3;
  console.log(x, r, Object.is(r, -0), 1 / (x % 1));
}
let n = -0;
n %= 5;
console.log(n, [n], (-4) % 2, -4 % -2);
