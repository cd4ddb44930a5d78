const items = [
  { k: 2, v: "a" },
  { k: 1, v: "b" },
  { k: 2, v: "c" },
  { k: 1, v: "d" },
  { k: 3, v: "e" },
  { k: 1, v: "f" },
];
items.sort((x, y) => x.k - y.k);
console.log(items.map((i) => i.k + i.v).join(" "));
const strs = ["B", "a", "A", "b"];
strs.sort((x, y) => x.toLowerCase().localeCompare(y.toLowerCase()));
console.log(strs);
