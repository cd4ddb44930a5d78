const s = "   padded\t\n";
console.log(JSON.stringify(s.trim()), JSON.stringify(s.trimStart()), JSON.stringify(s.trimEnd()));
console.log("5".padStart(3, "0"), "5".padEnd(3, "*"), "abc".padStart(2, "x"));
console.log("7".padStart(5), "|" + "7".padEnd(4) + "|");
console.log("ab".padStart(7, "123"), "ab".padEnd(7, "xyz"));
console.log("x".padStart(3, ""));
