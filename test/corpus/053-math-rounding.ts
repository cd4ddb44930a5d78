const xs = [2.5, -2.5, 1.4999, 1.5, -1.5, 0.5, -0.5, 3.7, -3.7, 0];
console.log(xs.map(Math.round));
console.log(xs.map(Math.floor));
console.log(xs.map(Math.ceil));
console.log(xs.map(Math.trunc));
console.log(Math.round(1234.5678 * 100) / 100);
console.log(Math.sign(-3), Math.sign(0), Math.sign(4));
