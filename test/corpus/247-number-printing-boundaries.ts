const xs = [1e-7, 9.999999e-7, 0.000001, 1e20, 1e21, 9.99999999999999e20, 123e18, 0.1 * 0.1, 1 / 7, 100 / 7, 2 / 3 * 3];
for (const x of xs) console.log(x, -x, String(x).length);
console.log(4.35 * 100, 1.1 + 2.2, 3 * 1.1, 0.7 + 0.1, 0.2 + 0.4);
console.log(Number.MAX_SAFE_INTEGER + 2, 2 ** 63, -(2 ** 31), 2 ** 31 - 1);
