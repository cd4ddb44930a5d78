/** `tsmp build --watch` (compiler/watch.ts): rebuilds on change, with diagnostics, reports the ratio to the cold build. */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { watchProject } from "../../compiler/watch.ts";

function waitFor(check: () => boolean, ms: number): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (check()) return resolve();
      if (Date.now() - started > ms) return reject(new Error("timed out waiting for the watcher"));
      setTimeout(tick, 50);
    };
    tick();
  });
}

describe("build --watch", () => {
  it("rebuilds after a change, reports errors without touching dist, then recovers", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tsmp-watch-"));
    mkdirSync(join(dir, "src"));
    writeFileSync(join(dir, "src", "main.ts"), `console.log("one");\n`);
    const results: string[] = [];
    const diagnostics: string[] = [];
    let stop!: () => void;
    const until = new Promise<void>((resolve) => (stop = resolve));
    const watching = watchProject(dir, join(dir, "dist"), { onResult: (l) => results.push(l), onDiagnostic: (d) => diagnostics.push(d), until });
    try {
      await waitFor(() => results.length >= 1, 30_000);
      expect(results[0]).toMatch(/^initial build: built 1 files in \d+ ms \(1\.00x cold build\)$/);
      expect(readFileSync(join(dir, "dist", "main.py"), "utf8")).toBe('print("one")\n');
      // No pause: once the initial build is reported the watcher is ready, so this edit is seen.
      writeFileSync(join(dir, "src", "main.ts"), `console.log("two");\n`);
      await waitFor(() => results.length >= 2, 30_000);
      expect(results[1]).toMatch(/^changed src\/main\.ts: built 1 files in \d+ ms \(\d+\.\d\dx cold build\)$/);
      expect(readFileSync(join(dir, "dist", "main.py"), "utf8")).toBe('print("two")\n');
      writeFileSync(join(dir, "src", "main.ts"), `eval("1");\nconsole.log(1);\n`);
      await waitFor(() => results.length >= 3, 30_000);
      expect(results[2]).toContain("1 error(s)");
      expect(diagnostics.join("\n")).toContain("src/main.ts(1,1): error TSMP2002");
      expect(readFileSync(join(dir, "dist", "main.py"), "utf8")).toBe('print("two")\n');
    } finally {
      stop();
      await watching;
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);

  it("sees an edit made the moment the initial build is reported (the watcher is ready by then)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tsmp-watch-"));
    mkdirSync(join(dir, "src"));
    writeFileSync(join(dir, "src", "main.ts"), `console.log("one");\n`);
    const results: string[] = [];
    let stop!: () => void;
    const until = new Promise<void>((resolve) => (stop = resolve));
    const onResult = (line: string) => {
      results.push(line);
      if (results.length === 1) writeFileSync(join(dir, "src", "main.ts"), `console.log("two");\n`);
    };
    const watching = watchProject(dir, join(dir, "dist"), { onResult, onDiagnostic: () => {}, until });
    try {
      await waitFor(() => results.length >= 2, 30_000);
      expect(results[1]).toMatch(/^changed src\/main\.ts: built 1 files/);
      expect(readFileSync(join(dir, "dist", "main.py"), "utf8")).toBe('print("two")\n');
    } finally {
      stop();
      await watching;
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
