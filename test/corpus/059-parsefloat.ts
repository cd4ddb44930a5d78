console.log(parseFloat("3.14"), parseFloat("  2.5abc"), parseFloat(".5"));
console.log(parseFloat("-0.25"), parseFloat("1e3"), parseFloat("1e-2x"));
console.log(parseFloat("abc"), parseFloat(""), parseFloat("Infinity"));
console.log(parseFloat("12."), parseFloat("+7.0"), parseFloat("0x10"));
console.log(parseFloat("1.2.3"), parseFloat("-.5e1"));
