const text = "the quick brown fox jumps over the lazy dog the fox";
const freq = new Map<string, number>();
for (const w of text.split(" ")) freq.set(w, (freq.get(w) ?? 0) + 1);
const sorted = [...freq.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
console.log(sorted.slice(0, 4));
console.log(Object.fromEntries(sorted.slice(0, 3)));
