// Regular expressions: test, exec, match (groups, index, unmatched groups), search, properties.
const date = /(\d{4})-(\d{2})-(\d{2})/;
console.log(date.test("on 2024-03-09 ok"), date.test("2024-3-9"));
const m = date.exec("on 2024-03-09 ok");
if (m) {
  console.log(m[0], m[1], m[2], m[3], m.index, m.length);
  console.log(m.input);
}
console.log(m);
console.log(date.exec("nothing"));
console.log("key=value".match(/(\w+)=(\w*)/));
console.log("a1b22c333".match(/\d+/g));
console.log("abc".match(/\d+/g));
console.log("abc".match(/x/));
const opt = "color".match(/colo(u)?r/);
console.log(opt, opt ? opt[1] === undefined : "none");
console.log("aaa".match(/a*?/), "aaa".match(/a+?/g));
console.log("hello world".search(/o/), "hello".search(/z/), "x.y".search("\\."), "abc".search("c"));
console.log("tel: 555-1234".search(/\d{3}-\d{4}/));
const r = /ab+c/gi;
console.log(r.source, r.flags, r.global, r.ignoreCase, r.dotAll, r.lastIndex, String(r), `${/x\/y/}`);
console.log(new RegExp("a/b", "g").source, new RegExp("").source, new RegExp("\\d+").test("n=42"));
console.log(/^$/.test(""), /^a|b$/.test("xb"), /^(?:a|b)$/.test("xb"), /colou?r/.test("color"));
console.log(/[.]/.test("a"), /\./.test("a.b"), /\$\d+\.\d\d/.test("cost $12.50"), /a{2,3}/.test("a{2,3}"));
console.log(/x{2}/.test("xx"), /x{2}/.test("x"), /^x{1,2}$/.test("xxx"), /^(?:ab){2,}$/.test("ababab"));
console.log("Total: 42 items".match(/(\d+)\s+(\w+)/));
console.log(JSON.stringify("v1.2.3".match(/(\d+)\.(\d+)\.(\d+)/)));
const words = "one two  three".match(/[a-z]+/g);
console.log(words, words ? words.length : 0);
