/**
 * The handwritten bench pairs in bench/programs/ (issue 4 item 9): each `<name>.ts` run under Node
 * and its idiomatic MicroPython twin `<name>.py` run on WebAssembly MicroPython must print the same
 * final result, so the compiler bench compares like with like. Also checks there are at least 8 pairs.
 */
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, test } from "vitest";
import { MicroPythonPool } from "./corpus-micropython.ts";
import { runUnderNode } from "./corpus-node.ts";

const dir = fileURLToPath(new URL("../../bench/programs/", import.meta.url));
const names = readdirSync(dir)
  .filter((f) => f.endsWith(".ts"))
  .map((f) => f.slice(0, -3))
  .sort();
const pool = new MicroPythonPool(1, 60_000);
afterAll(() => pool.close());

describe("bench/programs pairs", () => {
  test("at least 8 pairs, every .ts has a .py twin and vice versa", () => {
    const py = readdirSync(dir).filter((f) => f.endsWith(".py")).map((f) => f.slice(0, -3)).sort();
    expect(names.length).toBeGreaterThanOrEqual(8);
    expect(py).toEqual(names);
  });

  for (const name of names) {
    test(`${name}: .ts under Node and .py on MicroPython print the same`, async () => {
      const ts = join(dir, name + ".ts");
      const [node, mp] = await Promise.all([
        runUnderNode({ name, entry: ts, sources: new Map([["main.ts", ts]]), expectedFile: "" }),
        pool.run(new Map([["main.py", readFileSync(join(dir, name + ".py"), "utf8")]])),
      ]);
      expect(node.exitCode).toBe(0);
      expect(mp.stderr).toBe("");
      expect(node.stdout.length).toBeGreaterThan(0);
      expect(mp.stdout).toBe(node.stdout);
    }, 60_000);
  }
});
