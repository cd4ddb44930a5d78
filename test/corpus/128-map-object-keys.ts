const a = { id: 1 };
const b = { id: 1 };
const m = new Map<object, string>();
m.set(a, "first");
m.set(b, "second");
console.log(m.size, m.get(a), m.get(b), m.get({ id: 1 }));
const byNum = new Map<number, string>([[1, "x"]]);
console.log(byNum.get(1), byNum.has(1.0));
const counts = new Map<string, number>();
for (const w of "the cat and the hat and the bat".split(" ")) {
  counts.set(w, (counts.get(w) ?? 0) + 1);
}
console.log([...counts].map(([w, c]) => w + ":" + c).join(" "));
