// console.log lines up long arrays in columns by display width: wide CJK characters and emoji
// count 2, combining marks 0 (found by differential fuzzing: [..."😀x"] was padded one space short).
const spread: string[] = [..."😀xline\nbreak"];
console.log(spread);
console.log(["中文", "a", "b", "c", "d", "e", "f", "✅", "é", "x"]);
console.log(["e\u0301", "a", "b", "c", "d", "e", "f", "g", "h"]);
console.log(["ｱｲ", "ab", "☃", "❤", "🎉", "x", "y", "z", "w", "v"]);
console.log(["😀😀😀😀😀😀😀😀😀😀", "😀😀😀😀😀😀😀😀😀😀", "😀😀😀😀😀😀😀😀😀😀", "😀😀😀😀😀😀😀😀😀😀", "😀😀😀😀😀😀😀😀😀😀", "😀😀😀😀😀😀😀😀😀😀", "😀😀😀😀😀😀😀😀😀😀"]);
const nested = { words: ["日本", "語", "の", "文", "字", "列", "です", "ね"], n: 1 };
console.log(nested);
console.log([["é", "☃"], ["中", "😀"], ["a", "b"], ["c", "d"], ["e", "f"], ["g", "h"], ["i", "j"]]);
