/**
 * `tsmp build` and the project API end to end: real files in a temp project, the real CLI as a
 * child process, the compiled program on real MicroPython; modules, JSON config, dist/ left
 * untouched on errors, stale files removed, source maps and traceback mapping.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { buildProject, compileProgram, writeBuild, mapPythonTraceback, formatDiagnostic } from "../../compiler/index.ts";
import { runOnMicroPython } from "./helpers/run.ts";

const run = promisify(execFile);
const bin = new URL("../../bin/tsmp.js", import.meta.url).pathname;
const dirs: string[] = [];

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "tsmp-build-"));
  dirs.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(dir, rel, ".."), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env: { ...process.env, NO_COLOR: "1" } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe("tsmp build", () => {
  it("compiles main, boot and local modules; prints a summary; a type error leaves dist untouched and exits 1", async () => {
    const dir = project({
      "src/main.ts": `import { greet, Counter } from "./util";\nimport double from "./math/double";\nconst c = new Counter();\nc.add(double(21));\nconsole.log(greet("board"), c.total);\n`,
      "src/boot.ts": `console.log("boot");\n`,
      "src/util.ts": `export function greet(name: string): string { return \`hello \${name}\`; }\nexport class Counter { total = 0; add(n: number) { this.total += n; } }\n`,
      "src/math/double.ts": `export default function double(n: number): number { return n * 2; }\n`,
    });
    const ok = await cli("build", dir);
    expect(ok.stderr).toBe("");
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^built \d+ files \(\d+ bytes\) into .*dist in \d+ ms\n$/);
    const dist = join(dir, "dist");
    expect(readdirSync(dist).sort()).toEqual(["boot.py", "lib", "main.py", "math_double.py", "util.py"]);
    const files = new Map<string, string>();
    for (const f of ["main.py", "util.py", "math_double.py"]) files.set(f, readFileSync(join(dist, f), "utf8"));
    for (const f of readdirSync(join(dist, "lib"))) files.set(`lib/${f}`, readFileSync(join(dist, "lib", f), "utf8"));
    expect((await runOnMicroPython(files)).stdout).toBe("hello board 42\n");
    expect(existsSync(join(dir, ".tsmp", "maps", "main.py.map.json"))).toBe(true);

    const before = readFileSync(join(dist, "main.py"), "utf8");
    writeFileSync(join(dir, "src/main.ts"), `const n: number = "not a number";\nconsole.log(n);\n`);
    const bad = await cli("build", dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("src/main.ts(1,7): error TS2322: Type 'string' is not assignable to type 'number'.");
    expect(bad.stderr).toContain("tsmp: build failed");
    expect(readFileSync(join(dist, "main.py"), "utf8")).toBe(before);
  }, 60_000);

  it("a refused construct is a located TSMP error with a hint, exit 1", async () => {
    const dir = project({ "src/main.ts": `const a: number = 1;\nconst b: number = 2;\nif (a == b) console.log("same");\n` });
    const r = await cli("build", dir, "--out", join(dir, "out"));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("src/main.ts(3,7): error TSMP2007: '==' is only supported against null\n  hint: use '===' (strict comparison, no type coercion)\n");
    expect(existsSync(join(dir, "out"))).toBe(false);
  }, 60_000);

  it("JSON config: missing file with an example → TSMP1002; present → a data module", async () => {
    const dir = project({
      "src/main.ts": `import config from "../config.json";\nconsole.log(config.wifi.ssid, config.port + 1, config.tags[1]);\n`,
      "config.example.json": `{ "wifi": { "ssid": "name" }, "port": 1883, "tags": ["a", "b"] }`,
    });
    const missing = await buildProject(dir);
    expect(missing.ok).toBe(false);
    expect(missing.diagnostics.map(formatDiagnostic)).toEqual([
      "src/main.ts(1,20): error TSMP1002: config file 'config.json' is missing\n  hint: copy 'config.example.json' to 'config.json' and fill in your WiFi name, password and broker",
    ]);
    writeFileSync(join(dir, "config.json"), `{ "wifi": { "ssid": "home" }, "port": 1883, "tags": ["x", "y"], "z": null }`);
    const ok = await buildProject(dir);
    expect(ok.diagnostics).toEqual([]);
    expect(ok.files.get("config.py")).toContain("data = obj(");
    expect((await runOnMicroPython(ok.files)).stdout).toBe("home 1884 y\n");
  }, 60_000);

  it("import cycles are reported, not crashed on", async () => {
    const dir = project({
      "src/main.ts": `import { a } from "./a";\nconsole.log(a());\n`,
      "src/a.ts": `import { b } from "./b";\nexport function a(): number { return b() + 1; }\n`,
      "src/b.ts": `import { a } from "./a";\nexport function b(): number { return 1; }\nexport function c(): number { return a(); }\n`,
    });
    const r = await buildProject(dir);
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => `${d.file}:${d.code}:${d.message}`)).toEqual(["src/b.ts:TSMP1004:import cycle: a.ts → b.ts → a.ts"]);
  }, 60_000);

  it("a module that would shadow the lib/ folder or a board module is refused with the file to rename", async () => {
    const dir = project({
      "src/main.ts": `import { a } from "./lib";\nimport { t } from "./time";\nconsole.log(a, t);\n`,
      "src/lib.ts": `export const a = 1;\n`,
      "src/time.ts": `export const t = 2;\n`,
    });
    const r = await buildProject(dir);
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => `${d.file}:${d.code}:${d.message}`)).toEqual([
      "src/main.ts:TSMP1009:a module named 'lib' would shadow the lib/ folder of runtime helpers on the board",
      "src/main.ts:TSMP1009:a module named 'time' would shadow the built-in 'time' module on the board",
    ]);
  }, 60_000);

  it("removes .py files an earlier build wrote that are no longer produced", async () => {
    const dir = project({ "src/main.ts": `import { x } from "./extra";\nconsole.log(x);\n`, "src/extra.ts": `export const x = 1;\n` });
    const out = join(dir, "dist");
    await writeBuild(await buildProject(dir), out, dir);
    expect(existsSync(join(out, "extra.py"))).toBe(true);
    writeFileSync(join(dir, "src/main.ts"), `console.log("alone");\n`);
    await writeBuild(await buildProject(dir), out, dir);
    expect(existsSync(join(out, "extra.py"))).toBe(false);
    expect(existsSync(join(out, "lib", "tsmp_console.py"))).toBe(false);
    expect(readFileSync(join(out, "main.py"), "utf8")).toBe('print("alone")\n');
  }, 60_000);
});

describe("source maps", () => {
  it("every emitted statement line maps to its TS line; tracebacks point at src/main.ts:L:C", async () => {
    const source = [
      "function check(n: number): number {",
      "  if (n > 2) {",
      "    throw new Error(\"too big\");",
      "  }",
      "  return n;",
      "}",
      "console.log(check(1));",
      "console.log(check(5));",
    ].join("\n");
    const dir = project({ "src/main.ts": source });
    const result = await buildProject(dir);
    expect(result.ok).toBe(true);
    const map = result.maps.get("main.py")!;
    const py = result.files.get("main.py")!.split("\n");
    expect(map.lines.length).toBe(py.length - 1);
    const raiseLine = py.findIndex((l) => l.includes("raise Error")) + 1;
    expect(map.lines[raiseLine - 1]).toEqual([3, 5]);
    for (const [i, text] of py.entries()) {
      if (text.trim() && !text.startsWith("from tsmp_")) expect(map.lines[i], `line ${i + 1}: ${text}`).not.toBeNull();
    }
    await writeBuild(result, join(dir, "dist"), dir);
    const runResult = await runOnMicroPython(result.files);
    expect(runResult.stdout).toBe("1\n");
    expect(runResult.error).toMatch(new RegExp(`File "/*main.py", line ${raiseLine}`));
    const mapped = mapPythonTraceback(runResult.error!, join(dir, ".tsmp", "maps"));
    expect(mapped).toMatch(new RegExp(`File "src/main.ts:3:5" \\(/*main.py line ${raiseLine}\\), in check`));
    expect(mapped).toContain("src/main.ts:8:");
  }, 60_000);

  it("compileProgram compiles a bare single file (board types added by the compiler)", async () => {
    const dir = project({ "blink.ts": `import { Pin } from "machine";\nconst led = new Pin(2, Pin.OUT);\nled.value(1);\nconsole.log("on");\n` });
    const r = await compileProgram(join(dir, "blink.ts"));
    expect(r.diagnostics).toEqual([]);
    expect(r.files.get("main.py")).toBe('from machine import Pin\nled = Pin(2, Pin.OUT)\nled.value(1)\nprint("on")\n');
  }, 60_000);
});
