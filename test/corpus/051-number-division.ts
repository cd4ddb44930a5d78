console.log(7 / 2);
console.log(6 / 2);
console.log(1 / 3);
console.log(-7 / 2);
console.log(10 / 4, 10 / 5, 0 / 5);
console.log(2 ** 10, 2 ** -1, 2 ** 0.5);
const half = 5 / 2;
console.log(half, typeof half, Number.isInteger(6 / 3), Number.isInteger(half));
console.log(1e3 / 1e3, 100 / 3 * 3);
