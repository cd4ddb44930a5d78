console.log([]);
console.log([1, 2, 3]);
console.log(["a", "b"]);
console.log([1, "s", true, null, undefined]);
console.log([[1, 2], [3, [4, [5, [6]]]]]);
console.log([1.5, -0, NaN]);
console.log(["it's", 'say "hi"', "both ' and \""]);
console.log([[], {}]);
