const s = "sensor";
const idx = [0, 1.5, 2.999, -0.5, 6, NaN];
for (const i of idx) console.log(i, s[i] ?? "none", s.charAt(i), s.charCodeAt(i), s.at(i) ?? "none");
console.log("abc".padStart(4.7, "-"), "abc".padEnd(5.2, "+"), "ab".repeat(1.5));
console.log(["x", "y"][0.5] ?? "none", [7][123.456] ?? Infinity);
