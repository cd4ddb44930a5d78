const o = JSON.parse('{"a": 1, "b": [true, false, null], "c": {"d": "e"}, "f": 1.5, "g": -2e3}') as {
  a: number;
  b: Array<boolean | null>;
  c: { d: string };
  f: number;
  g: number;
};
console.log(o.a, o.b, o.c.d, o.f, o.g);
console.log(JSON.parse("42"), JSON.parse('"s"'), JSON.parse("null"), JSON.parse("[]"));
console.log(JSON.parse(' { "x" : [ 1 , 2 ] } '));
console.log(JSON.parse('"\\u00e9\\n"'));
const round = JSON.parse(JSON.stringify({ k: [1, "2", { z: null }] }));
console.log(round);
