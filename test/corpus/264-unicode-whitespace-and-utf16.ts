const spaces = "\u00a0\u2028\ufeff\t padded \u3000\n";
console.log(JSON.stringify(spaces.trim()), spaces.trim().length, JSON.stringify(spaces.trimStart().slice(0, 3)));
const smile = "\u{1F600}";
console.log(smile < "\uffff", smile.length, smile.charCodeAt(0), smile.charCodeAt(1), smile.codePointAt(0));
console.log(["\uffff", smile, "a", "\u00e9"].sort().map((s) => s.codePointAt(0)));
console.log("a\u{1F600}b".split(""), "a\u{1F600}b".slice(1, 2).length, [..."a\u{1F600}b"].length);
