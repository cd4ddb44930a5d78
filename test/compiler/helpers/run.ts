/**
 * Test helpers for the compiler: run compiled files on real MicroPython (the WebAssembly port,
 * in-process, a fresh VM per run) and run the same TypeScript on Node, capturing stdout.
 */
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";
import ts from "typescript";
import vm from "node:vm";
import { inspect, format } from "node:util";
import { expect } from "vitest";
import { compileSource, formatDiagnostic } from "../../../compiler/index.ts";

export interface PyRun {
  stdout: string;
  error?: string;
}

/** Runs `main.py` from `files` (keys relative to dist/, e.g. `lib/tsmp_core.py`) on MicroPython. */
export async function runOnMicroPython(files: Map<string, string>, entry = "main"): Promise<PyRun> {
  let stdout = "";
  let stderr = "";
  const mp = await loadMicroPython({
    stdout: (line: string) => {
      stdout += `${line}\n`;
    },
    stderr: (line: string) => {
      stderr += `${line}\n`;
    },
    linebuffer: true,
  } as never);
  const FS = (mp as unknown as { FS: { mkdir(p: string): void; writeFile(p: string, d: string): void } }).FS;
  try {
    FS.mkdir("/lib");
  } catch {
    /* exists */
  }
  for (const [rel, text] of files) FS.writeFile(`/${rel}`, text);
  try {
    (mp as unknown as { runPython(code: string): unknown }).runPython(`import sys\nsys.path.insert(0, "/")\nimport ${entry}`);
    return { stdout };
  } catch (error) {
    return { stdout, error: `${stderr}${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * Runs TypeScript source on Node (types erased), capturing console.log output; resolves once
 * every timer it started has fired or been cleared (the event loop is idle for the program).
 */
export async function runOnNode(source: string): Promise<PyRun> {
  const js = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None } }).outputText;
  let stdout = "";
  let failure: string | undefined;
  const log = (...args: unknown[]) => {
    stdout += `${format(...args)}\n`;
  };
  const active = new Set<unknown>();
  const sandbox = {
    console: { log, error: log, warn: log, info: log, debug: log },
    inspect,
    TextEncoder,
    TextDecoder,
    queueMicrotask,
    setTimeout: (fn: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) => {
      const h = setTimeout(() => {
        active.delete(h);
        fn(...args);
      }, ms);
      active.add(h);
      return h;
    },
    clearTimeout: (h: ReturnType<typeof setTimeout>) => {
      active.delete(h);
      clearTimeout(h);
    },
    setInterval: (fn: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) => {
      const h = setInterval(() => fn(...args), ms);
      active.add(h);
      return h;
    },
    clearInterval: (h: ReturnType<typeof setInterval>) => {
      active.delete(h);
      clearInterval(h);
    },
  };
  const onRejection = (reason: unknown) => {
    failure = reason instanceof Error ? reason.message : String(reason);
  };
  process.on("unhandledRejection", onRejection);
  try {
    vm.runInNewContext(js.replace(/^export \{\};?\s*$/m, ""), sandbox, { timeout: 5000 });
    const started = Date.now();
    do {
      await new Promise((r) => setTimeout(r, 5));
    } while (active.size > 0 && Date.now() - started < 10_000);
    await new Promise((r) => setImmediate(r));
    return failure ? { stdout, error: failure } : { stdout };
  } catch (error) {
    return { stdout, error: error instanceof Error ? error.message : String(error) };
  } finally {
    process.off("unhandledRejection", onRejection);
  }
}

/**
 * Compiles `source` as one file and expects it to compile without diagnostics, to run without an
 * error under Node and on MicroPython, and to print the same; returns that output.
 */
export async function expectSameAsNode(source: string): Promise<string> {
  const r = compileSource(source);
  expect(r.diagnostics.map(formatDiagnostic)).toEqual([]);
  const node = await runOnNode(source);
  expect(node.error).toBeUndefined();
  const py = await runOnMicroPython(r.files);
  expect(py.error).toBeUndefined();
  expect(py.stdout).toBe(node.stdout);
  return py.stdout;
}
