const s = "abcabc";
console.log(s.indexOf("c", -5), s.lastIndexOf("a", 2), s.lastIndexOf("z"));
console.log(s.includes(""), s.startsWith(""), s.endsWith(""));
console.log(s.split("abc"), s.split("c"));
console.log(s.substring(3, 3) === "", s.slice(3, 3) === "");
console.log("".indexOf(""), "".includes("a"));
