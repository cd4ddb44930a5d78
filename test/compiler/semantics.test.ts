/**
 * Exactness: every program in programs.ts prints byte-for-byte the same on real MicroPython
 * (WebAssembly port) as on Node.
 */
import { describe, expect, it } from "vitest";
import { compileSource, formatDiagnostic } from "../../compiler/index.ts";
import { programs } from "./programs.ts";
import { runOnMicroPython, runOnNode } from "./helpers/run.ts";

describe("compiled programs behave exactly as on Node", () => {
  for (const [name, source] of Object.entries(programs)) {
    it(name, async () => {
      const result = compileSource(source);
      expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
      const node = await runOnNode(source);
      expect(node.error).toBeUndefined();
      const py = await runOnMicroPython(result.files);
      expect(py.error).toBeUndefined();
      expect(py.stdout).toBe(node.stdout);
      expect(py.stdout.length).toBeGreaterThan(0);
    });
  }
});
