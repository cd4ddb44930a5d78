/**
 * `tsmp build --watch`: builds once, then watches src/ (and JSON config files) with chokidar and
 * rebuilds on change in the same ts-morph project (only changed files are re-read and re-parsed),
 * writing only the files whose output changed (writeBuild skips identical files), printing
 * diagnostics and the rebuild time against the cold build.
 */
import { join } from "node:path";
import { createBuildSession, formatDiagnostic, writeBuild } from "./index.ts";

export interface WatchOptions {
  onResult: (line: string) => void;
  onDiagnostic: (text: string) => void;
  /** Resolves to stop watching (tests); otherwise watches until the process ends. */
  until?: Promise<void>;
}

export async function watchProject(projectDir: string, outDir: string, options: WatchOptions): Promise<void> {
  const { watch } = await import("chokidar");
  let cold = 0;
  let running: Promise<void> = Promise.resolve();
  let queued = false;
  const session = createBuildSession(projectDir);
  let changed = new Set<string>();
  const build = async (reason: string) => {
    const started = performance.now();
    const paths = [...changed];
    changed = new Set();
    const result = session.build(paths);
    for (const d of result.diagnostics) options.onDiagnostic(formatDiagnostic(d));
    const ms = performance.now() - started;
    if (cold === 0) cold = ms;
    if (result.ok) {
      await writeBuild(result, outDir, projectDir);
      options.onResult(`${reason}: built ${result.files.size} files in ${ms.toFixed(0)} ms (${(ms / cold).toFixed(2)}x cold build)`);
    } else {
      options.onResult(`${reason}: ${result.diagnostics.length} error(s); ${outDir} left untouched`);
    }
  };
  const schedule = (reason: string) => {
    if (queued) return;
    queued = true;
    running = running.then(async () => {
      queued = false;
      await build(reason);
    });
  };
  // The watcher is ready before the initial build runs, so once "initial build" is reported every
  // later edit is seen (a change made while chokidar was still scanning, e.g. on a busy machine,
  // would otherwise be missed). Changes during the initial build queue a rebuild after it.
  const watcher = watch([join(projectDir, "src"), projectDir], {
    ignoreInitial: true,
    depth: 6,
    ignored: (path: string) => /node_modules|[\\/]dist([\\/]|$)|[\\/]\.tsmp([\\/]|$)|[\\/]\.git([\\/]|$)/.test(path) || (!/\.(ts|json)$/.test(path) && /\.[a-z0-9]+$/i.test(path)),
  });
  let ready = false;
  watcher.on("all", (_event, path) => {
    // Before "ready": the initial build (below) reads every file anyway.
    if (!ready) return;
    changed.add(path);
    schedule(`changed ${path.replace(projectDir + "/", "")}`);
  });
  await new Promise<void>((resolveReady) => watcher.on("ready", () => resolveReady()));
  ready = true;
  running = running.then(() => build("initial build"));
  await running;
  await (options.until ?? new Promise<void>(() => {}));
  await watcher.close();
  await running;
}
