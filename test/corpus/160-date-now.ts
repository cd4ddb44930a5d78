const t0 = Date.now();
let x = 0;
for (let i = 0; i < 1000; i++) x += i;
const t1 = Date.now();
console.log(x, typeof t0, t1 >= t0, t1 - t0 < 60000);
console.log(Number.isInteger(t0), t0 > 1600000000000);
