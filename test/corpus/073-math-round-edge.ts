const vals = [0.49999999999999994, -0.49999999999999994, 2.4999, 1e16 + 1, -1e16, 4503599627370495.5];
for (const v of vals) console.log(v, Math.round(v));
console.log(Math.round(-0.5), Math.round(-1.5), Math.round(-2.5));
console.log(Math.round(0.5), Math.round(1.5), Math.round(2.5));
console.log(Math.round(NaN), Math.round(Infinity));
