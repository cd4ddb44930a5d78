console.log(Math.min(1, 2, -3), Math.max(1, 2, -3));
console.log(Math.min(), Math.max());
console.log(Math.abs(-7.25), Math.abs(3));
console.log(Math.pow(2, 8), Math.pow(9, 0.5), Math.pow(2, -2));
console.log(Math.sqrt(16), Math.sqrt(2), Math.sqrt(-1));
console.log(Math.cbrt(27), Math.hypot(3, 4));
console.log(Math.PI, Math.E);
console.log(Math.floor(Math.log10(12345)), Math.log2(1024));
console.log(Math.sin(0), Math.cos(0), Math.atan2(1, 1) * 4);
