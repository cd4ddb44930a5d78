// Pattern syntax edge cases: literal braces and brackets, Annex B escapes, class ranges with '-',
// lazy/greedy priority, alternation order, lastIndex on non-ASCII text, replacement edge cases.
console.log(/a{,2}/.test("a{,2}"), /x{2,1a}/.test("x{2,1a}"), /}/.test("}"), /]/.test("]"), /\//.test("a/b"));
console.log("a-b_c.d".match(/[\w-]+/g), "a-z".match(/[a\-z]+/g), "1-2".match(/[\d-x]+/g), "^a".match(/[\^a]+/));
console.log("aaa".match(/a+?a/)?.[0], "aaa".match(/a*?$/)?.[0], "abc".match(/a|ab|abc/)?.[0], "abc".match(/abc|ab|a/)?.[0]);
console.log("<a><b>".match(/<.+>/)?.[0], "<a><b>".match(/<.+?>/)?.[0], "xyz".match(/(x|xy)(z|yz)/));
const r = /\w+/g;
r.lastIndex = 2;
console.log(r.exec("éa b ü cd"), r.lastIndex, r.exec("éa b ü cd")?.[0], r.lastIndex);
console.log("a.b".replace(/\./, "$"), "ab".replace(/b/, "$$1"), "ab".replace(/(b)/, "$2$1"), "ab".replace(/b/g, () => "1"));
console.log("x".replace(/x/, String(42)), "aXa".split(/x/i, -1), "12ab".replace(/\d/g, (d) => String(Number(d) + 1)));
console.log(/\u00e9/.test("é"), /\x7e/.test("~"), /[\x00-\x1f]/.test("\t"), /\ca/.test("\u0001"), /\k/.test("k"), /\c1/.test("\\c1"));
console.log("tab\there\nnew".replace(/[\t\n]/g, " "), /^\s*$/.test(" \t\n"), /^[^]*$/.source, /^[^]*$/.test("a\n\u00a0b"));
