const a: number[] = [];
console.log(a.push(1), a.push(2, 3), a);
console.log(a.pop(), a, a.length);
const e: number[] = [];
console.log(e.pop(), e.length);
console.log(a.shift(), a, a.unshift(7, 8), a);
console.log(e.shift());
a.length = 1;
console.log(a);
