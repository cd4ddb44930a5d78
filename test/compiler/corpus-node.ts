/**
 * The reference side of the differential test: a corpus program run under Node. Each source is
 * stripped of types with `ts.transpileModule`, written as `.mjs` (relative imports re-pointed at the
 * `.mjs` files), and run in a child `node` process; its stdout is the expected output.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import ts from "typescript";
import type { CorpusProgram } from "./corpus-programs.ts";

export interface NodeRun {
  stdout: string;
  stderr: string;
  exitCode: number | null;
  timedOut: boolean;
}

/** Strips types and turns `from "./x"` / `"./x.ts"` / `"./x.js"` into `"./x.mjs"`. */
export function toRunnableModule(source: string, fileName: string): string {
  const js = ts.transpileModule(source, {
    fileName,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: false },
  }).outputText;
  return js.replace(/(\bfrom\s*|\bimport\s*)(["'])(\.{1,2}\/[^"']*?)(?:\.ts|\.js|\.mjs)?\2/g, "$1$2$3.mjs$2");
}

export async function runUnderNode(program: CorpusProgram, timeoutMs = 15_000): Promise<NodeRun> {
  const dir = mkdtempSync(join(tmpdir(), "tsmp-corpus-node-"));
  try {
    for (const [rel, abs] of program.sources) {
      const out = join(dir, rel.replace(/\.ts$/, ".mjs"));
      mkdirSync(dirname(out), { recursive: true });
      const { readFileSync } = await import("node:fs");
      writeFileSync(out, toRunnableModule(readFileSync(abs, "utf8"), rel));
    }
    return await runNodeFile(join(dir, "main.mjs"), timeoutMs);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function runNodeFile(file: string, timeoutMs: number): Promise<NodeRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [file], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NODE_OPTIONS: "" } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8"), exitCode: code, timedOut });
    });
  });
}

/** Runs `worker` over `items` with at most `limit` in flight; results keep the input order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, worker: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await worker(items[i]!, i);
    }
  });
  await Promise.all(lanes);
  return results;
}
