console.log((0.5).toString(2), (0.1).toString(2), (-0.75).toString(16), (3.25).toString(8));
console.log((255.5).toString(16), (1 / 3).toString(3), (-255).toString(36), (2 ** 53).toString(16));
console.log((1e21).toString(16), (123.456).toString(36), (0.000001).toString(10), (NaN).toString(16));
