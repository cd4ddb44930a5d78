console.log("a".concat("b", "c"), "x".concat(String(1), String(true)));
const s = "Hello";
console.log(s + " " + s.length, s.length + s.length + s);
console.log(s.toString(), s.valueOf());
console.log(String(123).length, String([1, [2, 3]]), String({}));
