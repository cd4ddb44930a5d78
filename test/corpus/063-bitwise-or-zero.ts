console.log(3.7 | 0, -3.7 | 0, 2147483648 | 0, 4294967296 | 0);
console.log(4294967295 | 0, 2147483647 | 0, -2147483649 | 0);
console.log(NaN | 0, Infinity | 0, 1e20 | 0);
console.log(~5, ~-1, ~~3.9, ~~-3.9);
console.log(5 & 3, 5 | 3, 5 ^ 3, -1 & 0xff);
console.log(0xffffffff & 0xffffffff, 0x80000000 | 0);
