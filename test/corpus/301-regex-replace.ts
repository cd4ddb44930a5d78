// String.replace / replaceAll with regular expressions: $n, $&, $$, $`, $' in the replacement, functions, empty matches.
const s = "John Smith, Jane Doe";
console.log(s.replace(/(\w+) (\w+)/, "$2 $1"));
console.log(s.replace(/(\w+) (\w+)/g, "$2, $1"));
console.log(s.replace(/o/g, "[$&]"), s.replace(/Smith/, "$$$&$$"));
console.log("abc".replace(/b/, "[$`|$']"), "abc".replace(/b/, "$0 $3 $10 $a $"));
console.log("a1b2".replace(/(\d)/g, "$01$1"), "x".replace(/(x)/, "$11"), "abcdefghijk".replace(/(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)/, "$11-$10-$1"));
console.log("2024-03-09".replace(/(\d+)-(\d+)-(\d+)/, (m, y, mo, d) => `${d}.${mo}.${y} (${m.length})`));
console.log("a-b-c".replace(/-/g, (m, offset) => `<${offset}>`));
console.log("price 10 and 25".replace(/\d+/g, (n) => String(Number(n) * 2)));
console.log("aXbXc".replace(/x/gi, () => "_"), "aaa".replace(/a/, "b"), "none".replace(/z/g, "y"));
console.log("abc".replace(/x*/g, "-"), "abc".replace(/(?:)/g, "."), "aaa".replace(/a*/g, "X"), "aaa".replace(/a*?/g, "X"));
console.log("colour color".replace(/colou?r/g, "hue"), "tab\there".replace(/\s/g, "_"));
console.log("x-y_z".replace(/[-_]/g, " "), "CamelCaseName".replace(/([A-Z])/g, " $1").trim());
console.log("a.b.c".replaceAll(/\./g, "/"), "1 2 3".replaceAll(/(\d)/g, "<$1>"));
console.log("maybe".replace(/(may)(x)?(be)/, "[$1|$2|$3]"), "maybe".replace(/(may)(x)?(be)/, (m, a, b, c) => `${a}|${b}|${c}`));
try {
  console.log("aaa".replaceAll(/a/, "b"));
} catch (e) {
  console.log(e instanceof TypeError);
}
const slug = (t: string) => t.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
console.log(slug("  Hello, World! 2024 "), slug("Grüße aus Köln"));
console.log("héllo wörld".replace(/ö/, "o"), "ça va".replace(/./g, "*"), "naïve".replace(/[^a-z]/g, "?"));
