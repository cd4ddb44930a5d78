/**
 * How the MicroPython worker thread is started. The worker is TypeScript; loading it through tsx
 * in every new worker costs about a second, so it is bundled once per process with esbuild (the
 * compiler tsx itself uses) into a cached .mjs file, and started from that. When esbuild is not
 * available the worker is loaded through tsx's loader instead (slower, same behaviour).
 */
import { createHash } from "node:crypto";
import { existsSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export interface WorkerEntry {
  /** A file URL to start directly, or code for an `eval: true` worker. */
  script: URL | string;
  eval: boolean;
}

const require = createRequire(import.meta.url);
const MICROPYTHON_PACKAGE = "@micropython/micropython-webassembly-pyscript";
const workerTs = fileURLToPath(new URL("./vm-worker.ts", import.meta.url));
let cached: WorkerEntry | undefined;

let bundleText: { file: string; text: string } | undefined;

export function workerEntry(): WorkerEntry {
  cached ??= bundled() ?? viaTsx();
  // A long-running sim outlives temp cleaners: put the bundle back if it went away.
  if (bundleText && !existsSync(bundleText.file)) writeBundle(bundleText.file, bundleText.text);
  return cached;
}

function writeBundle(file: string, text: string): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, file);
}

function bundled(): WorkerEntry | undefined {
  try {
    const esbuild = require("esbuild") as typeof import("esbuild");
    const micropython = pathToFileURL(require.resolve(MICROPYTHON_PACKAGE)).href;
    const result = esbuild.buildSync({
      entryPoints: [workerTs],
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      write: false,
      logLevel: "silent",
      external: [MICROPYTHON_PACKAGE],
    });
    // The bundle lives in the temp folder: point its one external import at the installed file.
    const text = result.outputFiles[0]!.text.split(JSON.stringify(MICROPYTHON_PACKAGE)).join(JSON.stringify(micropython));
    const file = join(tmpdir(), `tsmp-sim-worker-${createHash("sha256").update(text).digest("hex").slice(0, 16)}.mjs`);
    if (!existsSync(file)) writeBundle(file, text);
    bundleText = { file, text };
    return { script: pathToFileURL(file), eval: false };
  } catch {
    return undefined;
  }
}

function viaTsx(): WorkerEntry {
  const tsxApi = pathToFileURL(join(dirname(require.resolve("tsx/package.json")), "dist/esm/api/index.mjs")).href;
  const code = `(async () => {
  const { register } = await import(${JSON.stringify(tsxApi)});
  register();
  await import(${JSON.stringify(pathToFileURL(workerTs).href)});
})().catch((e) => { setTimeout(() => { throw e; }); });`;
  return { script: code, eval: true };
}
