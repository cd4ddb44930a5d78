// Bench program: list and dict work — word frequencies, grouping, filtering and mapping.
const vocabulary = ["soil", "water", "light", "leaf", "root", "seed", "sun", "rain", "pot", "bloom"];
let seed = 7;
const words: string[] = [];
for (let i = 0; i < 16000; i++) {
  seed = (seed * 75 + 74) % 65537;
  words.push(vocabulary[seed % vocabulary.length]!);
}
const counts = new Map<string, number>();
for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
const byLength: Record<string, string[]> = {};
for (const w of words) {
  const key = String(w.length);
  const group = byLength[key];
  if (group === undefined) byLength[key] = [w];
  else group.push(w);
}
const long = words.filter((w) => w.length > 4).map((w) => w.length);
let total = 0;
for (const n of long) total += n;
const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
console.log("distinct", counts.size, "top", top[0], top[1], "groups", Object.keys(byLength).length, "long total", total);
