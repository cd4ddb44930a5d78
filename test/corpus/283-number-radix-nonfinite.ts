// Number.prototype.toString(radix) like V8 for fractions, huge and tiny numbers; NaN/Infinity methods.
const xs = [0.1, 0.2 + 0.1, -0.7, 1 / 3, 2 / 3, 123.456, 1e-7, 5e-324, 2 ** 60 + 0.0, 1e300, 0.5, -0, 7];
for (const radix of [2, 3, 7, 16, 36]) {
  console.log(radix, xs.map((x) => x.toString(radix)).join(" "));
}
console.log((255).toString(16), (-255).toString(2), (4294967295).toString(36), (0.999999).toString(5));
console.log(NaN.toFixed(3), Infinity.toFixed(0), (-Infinity).toFixed(2), NaN.toString(2), Infinity.toString(36));
console.log(NaN.toPrecision(3), (-Infinity).toExponential(2), Infinity.toString(), (1e21).toFixed(1));
