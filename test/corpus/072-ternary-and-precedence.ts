const n = 7;
console.log(n > 5 ? "big" : n > 2 ? "mid" : "small");
console.log(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2);
console.log(-(2 ** 2), 10 - 2 - 3, 100 / 10 / 5);
console.log(1 + 2 === 3 && 4 > 3, !true === false);
console.log(5 & 3 | 8, 1 | 2 ^ 3 & 4);
console.log(10 % 3 * 2, 7 - -3, +-2);
const b = true;
console.log(b ? 1 : 0, !b ? "x" : "y");
