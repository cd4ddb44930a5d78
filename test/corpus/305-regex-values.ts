// RegExp values: passed to functions, stored, compared, destructured matches, typeof, JSON, String().
function firstNumber(s: string, re: RegExp = /-?\d+(?:\.\d+)?/): number | null {
  const m = s.match(re);
  return m ? Number(m[0]) : null;
}
console.log(firstNumber("t=-12.5C"), firstNumber("none"), firstNumber("a7b", /\d/));
const patterns: RegExp[] = [/^\d+$/, /^[a-z]+$/i, /^\s*$/];
for (const s of ["123", "Abc", "  ", "1a"]) console.log(s, patterns.map((p) => p.test(s)));
const a = /x/g;
const b = a;
const c = /x/g;
console.log(a === b, a === c, typeof a, JSON.stringify({ re: a }), String(/a|b/), [/p/g, /q/]);
const m = "2024-03-09".match(/(\d+)-(\d+)-(\d+)/);
if (m !== null) {
  const [, y, mo, d] = m;
  console.log(y, mo, d, m.slice(1).map(Number), m.join("|"), String(m), m.length, m.index === 0);
  console.log(m.map((x) => x.length), m.includes("03"), m.indexOf("09"));
}
const byKey = new Map<string, RegExp>([["num", /\d+/g], ["word", /[a-z]+/g]]);
for (const [k, re] of byKey) console.log(k, "a1b22".match(re));
class Tokenizer {
  constructor(private readonly re: RegExp) {}
  tokens(s: string): string[] {
    return s.split(this.re).filter((t) => t !== "");
  }
}
console.log(new Tokenizer(/[\s,;]+/).tokens("a, b;c  d,"));
const counts: Record<string, number> = {};
"the cat and the hat".replace(/\w+/g, (w) => {
  counts[w] = (counts[w] ?? 0) + 1;
  return w;
});
console.log(counts);
console.log("x".replace(/x/, () => "$1$&"), "ab".replace(/(a)/, (m, g1, off, str) => `${g1}${off}${str}`));
