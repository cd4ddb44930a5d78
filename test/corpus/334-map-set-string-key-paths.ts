// Map and Set calls with a key typed string (compiled to reads and writes of the Map's own dict)
// next to calls with other keys on the same Map: one entry per SameValueZero key, insertion order.
const m = new Map<unknown, string | undefined>();
const one = "1";
m.set(one, "string one");
m.set(1, "number one");
m.set(true, "true");
m.set("true", "string true");
m.set(null, "null");
m.set(undefined, "undefined key");
m.set(NaN, "nan");
m.set(-0, "zero");
m.set("u", undefined);
console.log(m.get(one), m.get(1), m.get(1.0), m.get(true), m.get("true"), m.get(null), m.get(undefined), m.get(0 / 0), m.get(0), m.get(-0));
console.log([...m.keys()], m.size, m.has("u"), m.get("u"), m.has("missing"), m.get("missing") ?? "fallback");
const words = ["b", "a", "c"];
const missing = words[7]!; // typed string, undefined at run time
console.log(m.get(missing), m.has(missing), m.get(null as unknown as string));
// Re-setting keeps the position; delete then set moves to the end.
const s = new Map<string, number>();
for (const w of ["x", "y", "z", "y", "x"]) s.set(w, (s.get(w) ?? 0) + 1);
console.log([...s.entries()]);
const y = "y";
s.delete(y);
s.set(y, 9);
s.set("x", 5);
console.log([...s], s.has(y), s.has("q"));
// The key is read before the value is computed, also when computing it changes the key variable.
let key = "p";
const bump = (): number => {
  key = "q";
  return 7;
};
s.set(key, bump());
console.log([...s.keys()], key);
s.delete("p");
// Mutation inside forEach that JavaScript and a snapshot agree on: the visited entry changed or deleted.
s.forEach((v, k) => {
  if (k === "z") s.delete(k);
  else s.set(k, v * 10);
});
console.log(s, s.size);
const set = new Set<unknown>(["a", 1, "1", NaN, -0, 0, true]);
const a = "a";
console.log(set.has(a), set.has("1"), set.has(1), set.has("true"), set.has(NaN), set.has(0), set.size, [...set]);
set.delete(a);
set.add(a);
console.log([...set.keys()], JSON.stringify([...s]), JSON.stringify(Object.fromEntries(s)));
