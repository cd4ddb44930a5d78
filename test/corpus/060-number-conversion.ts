console.log(Number("42"), Number("  42  "), Number("42px"));
console.log(Number(""), Number("  "), Number("0x10"), Number("1e3"));
console.log(Number(true), Number(false), Number(null), Number(undefined));
console.log(Number("-3.5"), Number(".5"), Number("5."), Number("abc"));
console.log(Number("Infinity"), Number("-Infinity"), Number("0b101"));
console.log(+"7", +"", +"x", -"3");
console.log(Number([]), Number([5]), Number([1, 2]));
