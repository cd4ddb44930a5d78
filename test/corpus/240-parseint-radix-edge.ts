console.log(parseInt("10", 0), parseInt("10", 1), parseInt("10", 37), parseInt("10", 36));
console.log(parseInt("0x10", 16), parseInt("0x10", 10), parseInt("0b11"), parseInt("-0x1A"));
console.log(parseInt("123abc", 8), parseInt("7", 7), parseInt("Z", 36), parseInt("z", 35));
console.log(parseInt("  +42e3"), parseInt("\n-12.9"), parseInt("٣"), parseInt("1".repeat(25)));
console.log(Number.parseFloat("1.7976931348623159e308"), parseFloat("-0"), parseFloat("1e400"), parseFloat("5e-325"));
