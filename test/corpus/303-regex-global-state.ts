// Global regular expressions: exec/test loops with lastIndex, matchAll, match with g.
const re = /(\w)(\d)/g;
const text = "a1 b2 c3";
let m: RegExpExecArray | null;
while ((m = re.exec(text)) !== null) {
  console.log(m[0], m[1], m[2], m.index, re.lastIndex);
}
console.log(re.lastIndex);
const t = /o/g;
console.log(t.test("foo"), t.lastIndex, t.test("foo"), t.lastIndex, t.test("foo"), t.lastIndex);
t.lastIndex = 2;
console.log(t.exec("foo boo"), t.lastIndex);
t.lastIndex = 100;
console.log(t.test("foo"), t.lastIndex);
const nonGlobal = /o/;
console.log(nonGlobal.test("foo"), nonGlobal.lastIndex, nonGlobal.exec("xo")?.index);
for (const hit of "x=1, y=22, z=333".matchAll(/(\w)=(\d+)/g)) {
  console.log(hit[1], hit[2], hit.index);
}
const all = Array.from("a-b-c".matchAll(/-/g));
console.log(all.length, all.map((h) => h.index));
console.log([..."aXbX".matchAll(/x/gi)].map((h) => h[0] + h.index));
console.log("ab".match(/(a)|(b)/g), "".match(/x*/g), "abc".match(/x*/g));
function count(s: string, re: RegExp): number {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(s)) n++;
  return n;
}
console.log(count("banana", /an/g), count("aaaa", /aa/g));
const words = /[a-z]+/g;
const found: string[] = [];
let w: RegExpExecArray | null;
while ((w = words.exec("the cat sat")) !== null) found.push(`${w[0]}@${w.index}`);
console.log(found.join(" "));
console.log([..."é1ü22".matchAll(/\d+/g)].map((h) => `${h[0]}@${h.index}`));
