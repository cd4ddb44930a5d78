const s = "aaa bbb aaa";
console.log(s.replace("aaa", "X"));
console.log(s.replaceAll("aaa", "X"));
console.log(s.replace("zzz", "Y"));
console.log("a.b.c".replace(".", "-"), "a.b.c".replaceAll(".", "-"));
console.log("$price".replace("$", "USD "));
console.log("abc".replace("", "_"));
console.log("hello".replaceAll("l", "L"));
