const s = "Hello, World";
console.log(s.charCodeAt(NaN), s.charCodeAt(1.7), s.charCodeAt(-Infinity), s.charCodeAt(Infinity));
console.log(JSON.stringify(s.substring(-Infinity, 3)), JSON.stringify(s.slice(Infinity)), JSON.stringify(s.slice(-Infinity, 2)));
console.log(JSON.stringify(s.substring(123.456, 255)), JSON.stringify(s.substring(NaN, 2.9)));
console.log(s.indexOf("o", Infinity), s.indexOf("o", -Infinity), s.indexOf("o", 4.5));
console.log([1, 2, 3].slice(1.5), [1, 2, 3].slice(-Infinity, Infinity), [1, 2, 3].includes(2, -Infinity));
console.log("ab".repeat(2.9), "x".padEnd(3.9, "-"), "x".padStart(-1, "-"));
console.log(s.at(1.5), s.at(-0.5), [5, 6].at(NaN));
