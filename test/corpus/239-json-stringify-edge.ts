console.log(JSON.stringify(-0), JSON.stringify([-0, 0]), JSON.stringify({ z: -0 }));
console.log(JSON.stringify({ a: [], b: {}, c: [{}], d: [[]] }, null, 2));
console.log(JSON.stringify([[1, [2, []]], { x: { y: {} } }], null, "\t"));
console.log(JSON.stringify({ s: "é\u0007\u001f\u007f" }), JSON.stringify("\ud83d\ude00"));
console.log(JSON.stringify([1e21, 1e-7, 5e-324, 0.1, 100, 1.5e300]));
console.log(JSON.stringify({ key: "value" }, null, -1), JSON.stringify([1], null, 11).length);
