const a = [1, 2, 3, 4, 5];
console.log(a.slice(1, 3), a.slice(2), a.slice(-2), a.slice(1, -1));
console.log(a.slice(), a.slice(10), a.slice(3, 1));
const copy = a.slice();
copy[0] = 100;
console.log(a[0], copy[0]);
