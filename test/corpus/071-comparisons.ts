console.log(1 < 2, 2 <= 2, 3 > 4, 4 >= 4);
console.log("a" < "b", "B" < "a", "abc" < "abd", "10" < "9");
console.log(NaN < 1, NaN > 1, NaN <= NaN);
console.log(-0 < 0, Infinity > 1e308);
const xs = [3, 1, 2];
console.log(xs[0]! > xs[1]! ? "first bigger" : "second bigger");
console.log("Z" > "A", "a" > "Z", "" < "a");
