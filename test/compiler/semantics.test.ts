/**
 * Exactness: every program in programs.ts prints byte-for-byte the same on real MicroPython
 * (WebAssembly port) as on Node.
 */
import { describe, expect, it } from "vitest";
import { programs } from "./programs.ts";
import { expectSameAsNode } from "./helpers/run.ts";

describe("compiled programs behave exactly as on Node", () => {
  for (const [name, source] of Object.entries(programs)) {
    it(name, async () => {
      expect((await expectSameAsNode(source)).length).toBeGreaterThan(0);
    });
  }
});
