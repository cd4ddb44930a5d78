/** Transcripts of `tsmp sim` and `tsmp run` as users see them (the real CLI in a child process). */
import { describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SerialSession } from "./serial-session.ts";
import { tempDir } from "./helpers.ts";

const TSMP = join(import.meta.dirname, "../../bin/tsmp.js");
/** The built-in WebAssembly MicroPython, whatever the environment says. */
const env = { ...process.env, TSMP_MICROPYTHON: "wasm" };

function tsmp(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [TSMP, ...args], { stdio: ["ignore", "pipe", "pipe"], env });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("close", (code) => resolve({ code, out, err }));
  });
}

describe("tsmp run", () => {
  it("runs a TypeScript file and exits 0", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "hello.ts"), "const names = ['soil', 'light'];\nfor (const n of names) {\n  console.log(n.toUpperCase());\n}\n");
    const r = await tsmp(["run", join(dir, "hello.ts")]);
    expect(r.err).toBe("");
    expect(r.out).toBe("SOIL\nLIGHT\n");
    expect(r.code).toBe(0);
  });

  it("exits 1 with the traceback pointing at the TypeScript line on an uncaught error", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "fail.ts"), "console.log('start');\nfunction check(n: number): void {\n  throw new Error(`bad reading ${n}`);\n}\ncheck(7);\n");
    const r = await tsmp(["run", join(dir, "fail.ts")]);
    expect(r.out).toBe("start\n");
    expect(r.err).toMatch(/^Traceback \(most recent call last\):\n/);
    expect(r.err).toMatch(/fail\.ts:5:1.*in <module>/);
    expect(r.err).toMatch(/fail\.ts:3:3.*in check/);
    expect(r.err).toMatch(/bad reading 7\n$/);
    expect(r.code).toBe(1);
  });

  it("stops on Ctrl-C (SIGINT) with KeyboardInterrupt and exit code 130", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "loop.ts"), "import { sleep_ms } from 'time';\nconsole.log('waiting');\nwhile (true) {\n  sleep_ms(20);\n}\n");
    const child = spawn(process.execPath, [TSMP, "run", join(dir, "loop.ts")], { stdio: ["ignore", "pipe", "pipe"], env });
    let out = "";
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    let sent = false;
    const code = await new Promise<number | null>((resolve) => {
      child.stdout.on("data", (d) => {
        out += d;
        if (out.includes("waiting") && !sent) {
          sent = true;
          setTimeout(() => child.kill("SIGINT"), 200);
        }
      });
      child.on("close", resolve);
    });
    expect(out).toBe("waiting\n");
    expect(err).toMatch(/^Traceback \(most recent call last\):\n[\s\S]*loop\.ts:4:3[\s\S]*KeyboardInterrupt: \n$/);
    expect(code).toBe(130);
  });

  it("exits 1 with diagnostics when the program does not compile", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "bad.ts"), "const x: number = 'text';\n");
    const r = await tsmp(["run", join(dir, "bad.ts")]);
    expect(r.err).toMatch(/bad\.ts\(1,7\): error TS2322/);
    expect(r.err).toMatch(/tsmp: .*did not compile \(1 error\)\nhint: /);
    expect(r.out).toBe("");
    expect(r.code).toBe(1);
  });
});

describe("tsmp sim", () => {
  it("prints the pty, answers on it, and cleans up its link on SIGTERM", async () => {
    const fsDir = tempDir();
    const link = join(tempDir(), "board");
    const child = spawn(process.execPath, [TSMP, "sim", "--fs", fsDir, "--link", link], { stdio: ["ignore", "pipe", "pipe"], env });
    let out = "";
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    const path = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no pty line; stdout ${out} stderr ${err}`)), 20_000);
      child.stdout.on("data", (d) => {
        out += d;
        const m = /^Virtual board on (\/dev\/pts\/\d+)$/m.exec(out);
        if (m && out.includes("flash: ")) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
    });
    expect(out).toContain(`link: ${link} -> ${path}`);
    const s = await SerialSession.open(link);
    try {
      await s.prompt();
      await s.write("2 ** 10\r");
      expect(await s.expect(">>> ")).toBe("2 ** 10\r\n1024\r\n>>> ");
    } finally {
      await s.close();
    }
    const code = await new Promise<number | null>((resolve) => {
      child.on("close", resolve);
      child.kill("SIGTERM");
    });
    expect(code).toBe(0);
    expect(out).toContain("Virtual board stopped");
    expect(existsSync(link)).toBe(false);
    expect(err).toBe("");
  });

  it("explains a --micropython that is not an executable", async () => {
    const r = await tsmp(["sim", "--micropython", "/nonexistent/micropython", "--fs", tempDir()]);
    expect(r.err).toMatch(/^tsmp: --micropython names '\/nonexistent\/micropython', which is not an executable file\nhint: /);
    expect(r.code).toBe(1);
  });
});
