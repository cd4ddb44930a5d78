const s = "Hello, World";
console.log(s.slice(0, 5), s.slice(7), s.slice(-5), s.slice(-5, -1));
console.log(s.slice(5, 2) === "", s.slice(100), s.slice(-100, 2));
console.log(s.substring(0, 5), s.substring(7), s.substring(5, 0));
console.log(s.substring(-3, 2), s.substring(2, 100), s.substring(NaN, 3));
console.log(s.length, s[0], s[s.length - 1], s[100]);
console.log(s.charAt(1), s.charAt(99) === "");
