const s = 'quote " backslash \\ newline \n tab \t cr \r unicode é ☃ ctrl \u0001 \u001f';
console.log(JSON.stringify(s));
console.log(JSON.stringify({ "key with space": 1, 'q"k': 2 }));
console.log(JSON.stringify(["<tag>", "&amp;", "/slash"]));
console.log(JSON.stringify("\u2028\u2029"));
console.log(JSON.stringify("\u{1F600}"));
