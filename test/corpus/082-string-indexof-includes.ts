const s = "the quick brown fox jumps over the lazy dog";
console.log(s.indexOf("the"), s.indexOf("the", 1), s.lastIndexOf("the"));
console.log(s.indexOf("cat"), s.indexOf(""), s.indexOf("o", 20));
console.log(s.includes("fox"), s.includes("Fox"), s.includes("dog", 41));
console.log(s.startsWith("the"), s.startsWith("quick", 4), s.endsWith("dog"));
console.log(s.endsWith("lazy", 39), s.search("q"));
