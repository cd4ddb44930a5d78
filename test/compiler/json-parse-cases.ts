/**
 * JSON.parse inputs for test/compiler/json-parse.test.ts: valid and malformed texts, seeded
 * mutations of the valid ones, and the TypeScript program printing what parsing each gives.
 */

export const valid = [
  "0", "-0", "1", "-1", "7", "1.0", "-1.0", "1.5", "-0.0", "0.0", "0e0", "-0e0", "-0e-5", "1e2", "1E2", "1e+2", "1e-2", "12.34e5",
  "0.1", "-0.25e2", "123456789", "9007199254740991", "-9007199254740991", "9007199254740991.0", "9007199254740992.0",
  "-9007199254740992.0", "4e15", "1e16", "1e21", "1e308", "1.7976931348623157e308", "5e-324", "1e-400", "-1e-400",
  "2.5E-3", "100e-2", "1.25e1",
  '""', '"abc"', '"\\u00e9\\n"', '"\\u00E9"', '"\\uABCD"', '"\\uabcd"', '"\\ud83d\\ude03 hi"', '"\\ud800"', '"\\udc00x"',
  '"\\ud83d"', '"x\\ude03"', '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"\\u0000"', '"\\u001f"', '"\\u0041\\u0042c"', '"é"', '"\u{1F600}"',
  '"\\u2028\\u2029"', '"\u2028"', '"\u007f"', '"a\\\\"', '"\\\\"', '"\\\\\\""', '"/"', '"a b\\tc"', '"\u00a0"',
  "true", "false", "null", " true ", "\t\n\r null \n", " 1", "1 ", "\n\"s\"\n",
  "[]", "{}", "[ ]", "{ }", " [\n] ", "[1,2,3]", "[1, 2 ,3 ]", '{"a":1,"b":2}', '{"b":1,"a":2}', '{"a":1,"a":2}',
  '{"a":1,"b":2,"a":3}', '{"":1}', '{"":1,"x":{"":[]}}', "[[[[[[]]]]]]", '[{"a":[{"b":{}}]}]', '{"1":1,"0":0}',
  '{"b":1,"1":2}', '{"a": 1, "b": [true, false, null], "c": {"d": "e"}, "f": 1.5, "g": -2e3}', ' { "x" : [ 1 , 2 ] } ',
  '[-0, 0, -0.0, 1e400, -1e400]', '["a", "b\\"", "\\u0063"]', '{"k":[1,"2",{"z":null}]}', '[true,false,null]',
  '{"\\u0061":1,"a":2}', '{"a\\u0000b":1}', '[1e1,2E+1,3e-0]', "[0.5,10,-10]",
];

export const malformed = [
  "", " ", "\n", "{", "}", "[", "]", ",", ":", "[1,]", "[,1]", "[,]", "[1 2]", "[1,,2]", "{'a':1}", '{"a" 1}', '{"a":}', '{"a":1,}',
  "{,}", '{"a":1 "b":2}', "{1:2}", "{a:1}", '{"a":1]', "[1}", '{"a"', '{"a":', '{"a":1', "[1", "[1,", "undefined", "NaN",
  "Infinity", "-Infinity", "01", "-01", "00", "1.", "1.e5", ".5", "-", "-a", "- 1", "+1", "1e", "1e+", "1e-", "1ee5", "1.5.3",
  "0x10", "1_000", "1,000", "tru", "nul", "fals", "True", "NULL", "truex", "nullnull", "[true false]", '"abc', '"', '"\\',
  '"\\x"', '"\\u12"', '"\\u12G4"', '"\\u 123"', '"\\u+123"', '"\\u0x41"', '"\\u-123"', '"\\u1_23"', '"\\u123 "', '"\\U0041"',
  '"\\u"', '"\\a"', '"\\0"', '"\\\'"', '"a\nb"', '"a\tb"', '"\u0000"', '"\u001f"', '"a\rb"', "\u00a01", "\ufeff1", "\u20281",
  "1\u0000", "\u0000", "\u0000 1", "1 \u00a0", '"a"b', "1 2", "[1]]", "{}}", "//c\n1", "/*x*/1", "'a'", "1 ,", '{"a":1}x',
  '["a",]', "-0.", "2.e3", "1e5.5", "\u000b1", "\f1", "1\f", "[\u000b]", '{"a":1,"a"}', '{"a",1}', '{:1}', '{"a"::1}', "[[]",
  "[]]", '{"a":[}', "é", "1é", '"a"é', "١", "[١]", "0١", "１", '"\\u١٢٣٤"', "\u{1F600}", '"' + "x".repeat(40),
  '{"this is a long key":[1,2,3,4,5,6,7,8,9],' + '"x":tru}', "[" + "1,".repeat(20) + "]",
];

/** Deterministic mutations of valid documents (xorshift PRNG): delete, insert or replace one character. */
export function mutations(count: number): string[] {
  const seeds = valid.filter((t) => t.length > 3);
  const palette = ['{', '}', '[', ']', ',', ':', '"', '\\', ' ', '\n', '0', '1', '9', '.', 'e', 'E', '+', '-', 't', 'n', 'u', 'x', '\u0000', '\u001f', 'é'];
  let x = 0x2545f491;
  const rand = (n: number) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % n;
  };
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    const s = seeds[rand(seeds.length)]!;
    const at = rand(s.length);
    const c = palette[rand(palette.length)]!;
    const op = rand(3);
    out.push(op === 0 ? s.slice(0, at) + s.slice(at + 1) : op === 1 ? s.slice(0, at) + c + s.slice(at) : s.slice(0, at) + c + s.slice(at + 1));
  }
  return out;
}

/** The TypeScript program parsing each text and printing the outcome (with the message if asked). */
export function jsonParseProgram(inputs: string[], messages = false): string {
  return `const inputs: string[] = ${JSON.stringify(inputs)};
function show(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "[" + v.map((x: unknown) => show(x)).join(",") + "]";
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    return "{" + Object.keys(o).map((k) => JSON.stringify(k) + ":" + show(o[k])).join(",") + "}";
  }
  if (typeof v === "number") return Object.is(v, -0) ? "-0" : String(v);
  if (typeof v === "string") return JSON.stringify(v) + "#" + v.length;
  return String(v);
}
for (const t of inputs) {
  try {
    console.log("ok", show(JSON.parse(t)));
  } catch (e) {
    console.log("error", e instanceof SyntaxError, e instanceof Error ? e.name : typeof e${messages ? ", e instanceof Error ? JSON.stringify(e.message) : \"\"" : ""});
  }
}
`;
}
