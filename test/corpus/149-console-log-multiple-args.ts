const name = "sensor";
const v = 21.5;
console.log("reading", name, "=", v);
console.log("obj:", { v }, "arr:", [v]);
console.log(1, [2], { three: 3 }, "four");
console.log("a\nb", "c");
console.log(null, undefined, "null");
console.log(["x"], "x");
