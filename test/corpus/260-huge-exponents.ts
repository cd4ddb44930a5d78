console.log(Math.pow(7, 100000), 2 ** 5000, (-3) ** 4001, 10 ** 400);
console.log(Math.pow(0.5, 5000), 2 ** -1100, Math.pow(1, 1e9), Math.pow(-1, 2 ** 53));
const n = 7;
console.log(n ** 2000 === Infinity, Number.isFinite(n ** 300), n ** 300 > 1e250);
