const s = "  7  ";
console.log(JSON.stringify("42".slice(0.1, 4294967295)), JSON.stringify(s.slice(1000, 4294967295)));
console.log(JSON.stringify(s.substring(2147483648)), JSON.stringify(s.substring(1, 2 ** 53)));
console.log(s.indexOf("7", 4294967295), s.lastIndexOf(" ", 2 ** 40), s.includes("7", 2147483648));
console.log([1, 2, 3].slice(0, 4294967295), [1, 2, 3].slice(2147483648), [1, 2, 3].indexOf(3, -4294967295));
console.log("abc".charCodeAt(2147483648), "abc".at(4294967295), [1, 2].at(-2147483649));
const arr = [1, 2, 3, 4];
console.log(arr.splice(1, 4294967295), arr);
