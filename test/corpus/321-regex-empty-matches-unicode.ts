// Regex edge cases: empty matches advance by one, split/replace around them, non-ASCII text,
// lastIndex after failing global matches.
console.log("abc".replace(/x*/g, "-"));
console.log("aé☃b".replace(/b|/g, "|"));
console.log("a,b,,c".split(/,/), "abc".split(/(?:)/), "".split(/,/), "".split(/x*/));
console.log("héllo wörld".match(/[a-zé]+/g), "naïve café".replace(/é|ï/g, (m) => m.toUpperCase()));
console.log("x1y22z333".split(/\d+/), "x1y22z333".split(/(\d)\d*/));
const re = /o/g;
console.log(re.test("foo"), re.lastIndex, re.test("foo"), re.lastIndex, re.test("foo"), re.lastIndex);
console.log("aaa".match(/a*?/g), "aaa".match(/a*/g), "  trim  me ".replace(/^\s+|\s+$/g, ""));
console.log("éé".search(/é$/), "日本語".replace(/本/, "[$&]"), "abc".replace(/(b)/, "$1$1$$"));
const m = /(\d+)-(\d+)?/.exec("tel 12-");
console.log(m?.[0], m?.[1], m?.[2], m?.index);
