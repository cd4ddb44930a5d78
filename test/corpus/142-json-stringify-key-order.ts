const o: Record<string, number> = { b: 1, a: 2 };
o["c"] = 3;
o["1"] = 4;
o["0"] = 5;
console.log(JSON.stringify(o));
class P {
  z = 1;
  y = 2;
  constructor(public x: number) {}
}
console.log(JSON.stringify(new P(9)));
const m = new Map([["k", 1]]);
console.log(JSON.stringify(m), JSON.stringify(new Set([1])));
console.log(JSON.stringify({ d: new Date(0) }).length > 0);
