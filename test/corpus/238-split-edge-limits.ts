console.log("a,b,c".split(",", 0), "a,b,c".split(",", 1), "a,b,c".split(",", 10));
console.log("abc".split("", 2), "".split("", 5), "a,,b".split(","));
console.log("one  two   three".split(" ").filter((w) => w !== ""));
console.log("x".split("x"), "xx".split("x"), "axbxc".split("x", -1));
console.log("ab".split("abc"), "a\nb\r\nc".split("\n"));
