console.log(7 % 3, -7 % 3, 7 % -3, -7 % -3);
console.log(5.5 % 2, -5.5 % 2);
console.log(0 % 5, 10 % 10);
console.log(-10 % 5);
const idx = -1;
const len = 4;
console.log(((idx % len) + len) % len);
console.log(7 % 0, 0 % 0);
