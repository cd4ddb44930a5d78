console.log(2 ** 10, 2 ** 53, 2 ** 64, 2 ** 100);
console.log(2 ** 1023 > 1e307, 2 ** 1024, -(2 ** 1024));
console.log(10 ** 21, 10 ** 22, 3 ** 40);
console.log(Math.pow(2, 70), Math.pow(7, 30));
const base = 4;
console.log(base ** 3, base ** 0.5, base ** -2, (-8) ** (1 / 3));
let big = 1;
for (let i = 0; i < 70; i++) big *= 3;
console.log(big, big > 2 ** 100);
