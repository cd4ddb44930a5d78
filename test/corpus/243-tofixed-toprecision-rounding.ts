const xs = [0.5, 1.5, 2.5, 1.005, 1.045, 1.055, 10.235, 0.0049, 0.995, 99.995, -1.005, 1e-10, 123456789.987654321];
for (const x of xs) console.log(x, x.toFixed(0), x.toFixed(2), x.toFixed(5), x.toPrecision(3));
console.log((0).toPrecision(4), (1e21).toPrecision(3), (123456).toPrecision(2), (0.00001234).toPrecision(2));
