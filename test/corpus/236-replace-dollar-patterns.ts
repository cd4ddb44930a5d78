console.log("abc".replace("b", "$&$&"), "a-b".replace("-", "$$"), "a-b".replaceAll("-", "[$&]"));
console.log("price".replace("price", "$1"), "xyz".replace("y", "$`|$'"), "aaa".replaceAll("a", "$$a"));
console.log("keep $ sign".replace("keep", "$ and"), "tail".replace("l", "$"));
