const items = [
  { cat: "fruit", name: "apple", qty: 3 },
  { cat: "veg", name: "leek", qty: 1 },
  { cat: "fruit", name: "pear", qty: 2 },
  { cat: "herb", name: "basil", qty: 7 },
  { cat: "veg", name: "kale", qty: 4 },
];
const groups: Record<string, string[]> = {};
const totals: Record<string, number> = {};
for (const it of items) {
  (groups[it.cat] ??= []).push(it.name);
  totals[it.cat] = (totals[it.cat] ?? 0) + it.qty;
}
console.log(groups);
console.log(totals);
console.log(JSON.stringify(groups));
