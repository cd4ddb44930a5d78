/** The MicroPython worker starts from an esbuild bundle (fast), not through the tsx loader. */
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { workerEntry } from "../../sim/worker-entry.ts";

describe("workerEntry", () => {
  it("bundles the worker into a cached .mjs whose only package import is the installed MicroPython file", () => {
    const entry = workerEntry();
    expect(entry.eval).toBe(false);
    const file = fileURLToPath(entry.script as URL);
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, "utf8");
    expect(text).toMatch(/from "file:\/\/\/[^"]+\/micropython\.mjs"/);
    expect(text).not.toContain('"@micropython/micropython-webassembly-pyscript"');
  });
});
