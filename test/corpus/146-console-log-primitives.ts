console.log(1, "two", true, null, undefined);
console.log("");
console.log();
console.log(1.0, -0, NaN, -Infinity);
console.log("a", "", "b");
console.log("%", "100%");
console.log(" leading and trailing ");
console.log(0.1, 100, 1e21, -5);
