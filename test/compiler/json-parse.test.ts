/**
 * JSON.parse (runtime-py/tsmp_json.py) against Node: many valid and malformed texts (a hand table
 * plus seeded mutations of valid documents) parsed by one compiled program on MicroPython and by
 * the same TypeScript on Node. Valid texts print their value (key order, -0, string length in
 * UTF-16 units); malformed ones print the error's class. The messages (tsmp's own wording, not
 * V8's) are checked on a few texts.
 */
import { describe, expect, it } from "vitest";
import { compileSource } from "../../compiler/index.ts";
import { runOnMicroPython, runOnNode } from "./helpers/run.ts";
import { jsonParseProgram, malformed, mutations, valid } from "./json-parse-cases.ts";

async function onBoth(inputs: string[]): Promise<[string[], string[]]> {
  const source = jsonParseProgram(inputs);
  const compiled = compileSource(source);
  if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join("\n"));
  const py = await runOnMicroPython(compiled.files);
  expect(py.error).toBeUndefined();
  const node = await runOnNode(source);
  expect(node.error).toBeUndefined();
  return [py.stdout.trimEnd().split("\n"), node.stdout.trimEnd().split("\n")];
}

describe("JSON.parse on MicroPython", () => {
  it("accepts what Node accepts, with the same values", async () => {
    const [py, node] = await onBoth(valid);
    expect(node.every((l) => l.startsWith("ok "))).toBe(true);
    expect(py.map((l, k) => `${JSON.stringify(valid[k])} -> ${l}`)).toEqual(node.map((l, k) => `${JSON.stringify(valid[k])} -> ${l}`));
  });

  it("refuses what Node refuses, with a SyntaxError", async () => {
    const [py, node] = await onBoth(malformed);
    expect(node.every((l) => l === "error true SyntaxError")).toBe(true);
    expect(py.map((l, k) => `${JSON.stringify(malformed[k])} -> ${l}`)).toEqual(node.map((l, k) => `${JSON.stringify(malformed[k])} -> ${l}`));
  });

  it("agrees with Node on mutated documents", async () => {
    const inputs = mutations(600);
    const [py, node] = await onBoth(inputs);
    expect(py.map((l, k) => `${JSON.stringify(inputs[k])} -> ${l}`)).toEqual(node.map((l, k) => `${JSON.stringify(inputs[k])} -> ${l}`));
  });

  it("words its messages as before: the end of input, or the token where parsing stopped", async () => {
    const cases: Array<[string, string]> = [
      ["", "Unexpected end of JSON input"],
      ["[1,", "Unexpected end of JSON input"],
      ['"abc', "Unexpected end of JSON input"],
      ['"\\', "Unexpected end of JSON input"],
      ["-", "Unexpected end of JSON input"],
      ["[1,]", "Unexpected token ']', \"[1,]\" is not valid JSON"],
      ["01", "Unexpected token '1', \"01\" is not valid JSON"],
      ["-a", "Unexpected token 'a', \"-a\" is not valid JSON"],
      ["1.e5", "Unexpected token 'e', \"1.e5\" is not valid JSON"],
      ['{"a" 1}', "Unexpected token '1', \"{\"a\" 1}\" is not valid JSON"],
      ["{1:2}", "Unexpected token '1', \"{1:2}\" is not valid JSON"],
      ['"\\x"', "Unexpected token 'x', \"\"\\x\"\" is not valid JSON"],
      ['"\\u12G4"', "Unexpected token 'u', \"\"\\u12G4\"\" is not valid JSON"],
      ['"a\tb"', "Unexpected token '\t', \"\"a\tb\"\" is not valid JSON"],
      ["[1] x", "Unexpected token 'x', \"[1] x\" is not valid JSON"],
      ["[" + "1,".repeat(20) + "]", "Unexpected token ']', \"[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1\" is not valid JSON"],
    ];
    const compiled = compileSource(jsonParseProgram(cases.map(([t]) => t), true));
    if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join("\n"));
    const py = await runOnMicroPython(compiled.files);
    expect(py.error).toBeUndefined();
    expect(py.stdout.trimEnd().split("\n")).toEqual(cases.map(([, m]) => `error true SyntaxError ${JSON.stringify(m)}`));
  });
});
