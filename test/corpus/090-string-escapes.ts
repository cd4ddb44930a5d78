console.log("tab\there", "quote\"s", 'single\'s');
console.log("back\\slash", "new\nline");
console.log("unicode \u00e9 \u2603");
console.log("hex \x41\x42");
console.log(JSON.stringify("a\"b\\c\nd\te"));
console.log("null char len", "a\0b".length);
console.log("emoji ok".length, "\u{1F600}".length);
