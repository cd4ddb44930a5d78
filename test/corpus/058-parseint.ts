console.log(parseInt("42"), parseInt("  42  "), parseInt("42px"));
console.log(parseInt("-17"), parseInt("+8"), parseInt("3.99"));
console.log(parseInt("abc"), parseInt(""), parseInt("0x1F"));
console.log(parseInt("ff", 16), parseInt("101", 2), parseInt("z", 36));
console.log(parseInt("08"), parseInt("1e3"), parseInt("  -0"));
console.log(parseInt("12", 3), parseInt("9", 8));
console.log(Number.parseInt("77"));
