console.log("a,b,c".split(","));
console.log("a,b,,c,".split(","));
console.log("abc".split(""));
console.log("a b  c".split(" "));
console.log("".split(","), "".split(""));
console.log("key=value=more".split("=", 2));
console.log("one".split(","), "x--y--z".split("--"));
console.log("2024-01-15".split("-").map(Number));
