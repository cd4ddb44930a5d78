const a = [1, 2, 3, 4, 5, 6];
console.log(a.splice(1, 2), a);
console.log(a.splice(-2), a);
console.log(a.splice(1, 0, 10, 11), a);
console.log(a.splice(0, 1, 99), a);
const b = ["x", "y", "z"];
console.log(b.splice(1), b);
const c = [1, 2, 3];
console.log(c.splice(5, 1), c.splice(0, 10), c);
