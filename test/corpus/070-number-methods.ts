console.log(Number.isInteger(5), Number.isInteger(5.1), Number.isInteger(NaN));
console.log(Number.isSafeInteger(2 ** 53), Number.isSafeInteger(2 ** 53 - 1));
console.log((1234.5678).toPrecision(6), (0.00012345).toPrecision(2));
console.log((1234.5).toPrecision(2), (5).toPrecision(3));
console.log((123.456).toExponential(2), (0).toExponential(1));
console.log(Number("12").toFixed(1));
