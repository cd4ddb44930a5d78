console.log((255).toString(16), (255).toString(2), (255).toString(8));
console.log((-255).toString(16), (0).toString(2));
console.log((35).toString(36), (123456789).toString(36));
console.log((10).toString(), (3.5).toString(), (3.5).toString(2));
console.log((0.5).toString(16));
console.log((1024).toString(2).length);
