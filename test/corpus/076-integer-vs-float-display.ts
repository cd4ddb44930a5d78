const a = 10;
const b = 4;
console.log(a / b, a / 5, (a * 1.0) / 2, a * 0.5);
console.log(Math.floor(a / b), Math.sqrt(16), Math.pow(2, 0.5) ** 2);
console.log(3.0, 3.0 * 2, 6 / 3 + 0.5);
const values = [1.0, 2.50, 3.125, 4 / 2];
console.log(values);
console.log(JSON.stringify(values));
console.log(Math.abs(-2.0), Math.max(1.0, 0.5));
