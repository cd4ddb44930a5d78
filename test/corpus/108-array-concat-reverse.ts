const a = [1, 2];
const b = a.concat([3, 4], 5);
console.log([[1]].concat([[2]], [[3, 4]]));
console.log(a, b);
const r = [1, 2, 3];
const same = r.reverse();
console.log(r, same === r);
console.log(["a"].concat([], ["b"]));
console.log([3, 1, 2].slice().reverse(), [3, 1, 2].slice().sort());
