console.log("A".charCodeAt(0), "a".charCodeAt(0), "abc".charCodeAt(2));
console.log("abc".charCodeAt(5));
console.log(String.fromCharCode(72, 105), String.fromCharCode(65 + 25));
let shifted = "";
for (const ch of "hal") shifted += String.fromCharCode(ch.charCodeAt(0) + 1);
console.log(shifted);
console.log("é".charCodeAt(0), String.fromCharCode(233));
console.log("0".codePointAt(0), "z".codePointAt(0));
