let s = 0;
for (const n of [1, 2, 3, 4]) s += n;
console.log(s);
for (const ch of "abc") console.log(ch);
const m = new Map<string, number>([["one", 1], ["two", 2]]);
for (const [k, v] of m) console.log(k, v);
for (const v of new Set([3, 1, 3, 2])) console.log(v);
for (const [i, v] of ["p", "q"].entries()) console.log(i, v);
