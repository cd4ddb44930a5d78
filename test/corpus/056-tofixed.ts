console.log((1.005).toFixed(2));
console.log((1.5).toFixed(0), (2.5).toFixed(0), (-1.5).toFixed(0));
console.log((3.14159).toFixed(3), (10).toFixed(2), (0).toFixed(1));
console.log((-0.0001).toFixed(2));
console.log((123.456).toFixed(), (0.000001).toFixed(7));
console.log((1e21).toFixed(2));
console.log((25.125).toFixed(2), (8.345).toFixed(2));
