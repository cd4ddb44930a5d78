/**
 * The compiler's public API (see docs/architecture.md): build a project from disk, compile a single
 * program for `tsmp run`, compile a source text in memory (the fuzzer's fast path), write a build
 * into dist/ and its source maps into .tsmp/maps/, and format diagnostics.
 */
import { existsSync, statSync } from "node:fs";
import { mkdir, readFile, rm, writeFile, rename } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { makeDiagnostic, sortDiagnostics, type Diagnostic } from "./diagnostics.ts";
import type { SourceMap } from "./source-map.ts";
import { createDiskProject, typeCheck, missingJsonImports, isUserFile, sharedMemoryProject } from "./project.ts";
import { compileModules } from "./program.ts";

export { formatDiagnostic, messages, type Diagnostic } from "./diagnostics.ts";
export { mapPythonTraceback, type SourceMap } from "./source-map.ts";

export interface BuildResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  /** Paths relative to the out dir: `main.py`, `boot.py`, `lib/umqttsimple.py`, … */
  files: Map<string, string>;
  /** Keyed like `files` (only compiled modules have maps). */
  maps: Map<string, SourceMap>;
}

export interface CompileResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  files: Map<string, string>;
}

function displayFor(projectDir: string) {
  return (path: string) => {
    const rel = relative(projectDir, path).replace(/\\/g, "/");
    return rel.startsWith("..") ? path : rel;
  };
}

function compileEntries(
  entryPaths: Array<{ path: string; module: string }>,
  srcRoot: string,
  display: (p: string) => string,
  reuse?: { project: import("ts-morph").Project },
): BuildResult {
  const { project, files } = reuse
    ? { project: reuse.project, files: entryPaths.map((e) => reuse.project.getSourceFile(e.path) ?? reuse.project.addSourceFileAtPath(e.path)) }
    : createDiskProject(entryPaths.map((e) => e.path));
  const userFiles = project.getSourceFiles().filter(isUserFile);
  const missing = missingJsonImports(userFiles, display);
  let tsErrors = typeCheck(project, userFiles, display);
  if (missing.length) {
    const at = new Set(missing.map((d) => `${d.file}:${d.line}`));
    tsErrors = tsErrors.filter((d) => !(at.has(`${d.file}:${d.line}`) && (d.code === "TS2307" || d.code === "TS2732")));
  }
  const early = [...missing, ...tsErrors];
  if (early.length) return { ok: false, diagnostics: sortDiagnostics(early), files: new Map(), maps: new Map() };
  const compiled = compileModules(
    entryPaths.map((e, i) => ({ file: files[i]!, module: e.module })),
    srcRoot,
    display,
  );
  const diagnostics = sortDiagnostics(compiled.diagnostics);
  const ok = diagnostics.length === 0;
  return { ok, diagnostics, files: ok ? compiled.files : new Map(), maps: ok ? compiled.maps : new Map() };
}

function internalFailure(error: unknown, file: string): BuildResult {
  const d = makeDiagnostic("internal", { file, line: 1, column: 1 }, error instanceof Error ? error.message : String(error));
  return { ok: false, diagnostics: [d], files: new Map(), maps: new Map() };
}

/** Type-checks and compiles `<projectDir>/src/main.ts` (+ optional `src/boot.ts`) and their imports. */
export async function buildProject(projectDir: string, options: { outDir?: string } = {}): Promise<BuildResult> {
  void options;
  const dir = resolve(projectDir);
  const display = displayFor(dir);
  const main = join(dir, "src", "main.ts");
  const boot = join(dir, "src", "boot.ts");
  if (!existsSync(main)) {
    const d = makeDiagnostic("missingEntry", { file: display(main), line: 1, column: 1 }, display(main));
    return { ok: false, diagnostics: [d], files: new Map(), maps: new Map() };
  }
  const entries = [{ path: main, module: "main" }];
  if (existsSync(boot)) entries.push({ path: boot, module: "boot" });
  try {
    return await compileEntries(entries, join(dir, "src"), display);
  } catch (error) {
    return internalFailure(error, display(main));
  }
}

/**
 * A build that keeps its ts-morph project between builds (watch mode): only the files that changed
 * are re-read and re-parsed; unchanged files keep their syntax trees.
 */
export interface BuildSession {
  build(changedPaths?: string[]): BuildResult;
}

export function createBuildSession(projectDir: string): BuildSession {
  const dir = resolve(projectDir);
  const display = displayFor(dir);
  let project: import("ts-morph").Project | undefined;
  return {
    build(changedPaths: string[] = []): BuildResult {
      const main = join(dir, "src", "main.ts");
      const boot = join(dir, "src", "boot.ts");
      if (!existsSync(main)) {
        return { ok: false, diagnostics: [makeDiagnostic("missingEntry", { file: display(main), line: 1, column: 1 }, display(main))], files: new Map(), maps: new Map() };
      }
      const entries = [{ path: main, module: "main" }];
      if (existsSync(boot)) entries.push({ path: boot, module: "boot" });
      try {
        if (!project) project = createDiskProject(entries.map((e) => e.path)).project;
        else {
          for (const path of changedPaths.map((p) => resolve(p))) {
            const sf = project.getSourceFile(path);
            if (sf && !existsSync(path)) project.removeSourceFile(sf);
            else if (sf) sf.refreshFromFileSystemSync();
          }
          const bootFile = project.getSourceFile(boot);
          if (bootFile && !existsSync(boot)) project.removeSourceFile(bootFile);
          project.resolveSourceFileDependencies();
        }
        return compileEntries(entries, join(dir, "src"), display, { project });
      } catch (error) {
        project = undefined;
        return internalFailure(error, display(main));
      }
    },
  };
}

/** For `tsmp run`: a single .ts file (compiled as main.py) or a project directory. */
export async function compileProgram(entryFile: string): Promise<BuildResult> {
  const path = resolve(entryFile);
  if (existsSync(path) && statSync(path).isDirectory()) return buildProject(path);
  const display = displayFor(process.cwd());
  if (!existsSync(path)) {
    const d = makeDiagnostic("missingEntry", { file: display(path), line: 1, column: 1 }, display(path));
    return { ok: false, diagnostics: [d], files: new Map(), maps: new Map() };
  }
  try {
    return await compileEntries([{ path, module: "main" }], dirname(path), display);
  } catch (error) {
    return internalFailure(error, display(path));
  }
}

/**
 * Compiles one source text in a shared in-memory project (fast, for tests and the fuzzer).
 * Never throws: an internal error becomes a TSMP9001 diagnostic.
 */
export function compileSource(text: string, options: { fileName?: string } = {}): CompileResult {
  const fileName = options.fileName ?? "main.ts";
  try {
    return compileSourceUnsafe(text, fileName);
  } catch (error) {
    const d = makeDiagnostic("internal", { file: fileName, line: 1, column: 1 }, error instanceof Error ? error.message : String(error));
    return { ok: false, diagnostics: [d], files: new Map() };
  }
}

function compileSourceUnsafe(text: string, fileName: string): CompileResult {
  const project = sharedMemoryProject();
  const path = `/src/${fileName.replace(/^\/+/, "")}`;
  const sf = project.createSourceFile(path, text, { overwrite: true });
  try {
    const display = (p: string) => (p === path ? fileName : p.replace(/^\/src\//, ""));
    const tsErrors = typeCheck(project, [sf], display);
    if (tsErrors.length) return { ok: false, diagnostics: sortDiagnostics(tsErrors), files: new Map() };
    const compiled = compileModules([{ file: sf, module: "main" }], "/src", display);
    const diagnostics = sortDiagnostics(compiled.diagnostics);
    const ok = diagnostics.length === 0;
    return { ok, diagnostics, files: ok ? compiled.files : new Map() };
  } finally {
    project.removeSourceFile(sf);
  }
}

const MANIFEST = ".tsmp/build-manifest.json";

/**
 * Writes a successful build into `outDir` (nothing is touched when `result.ok` is false), removes
 * `.py` files an earlier build wrote that are no longer produced, and writes the source maps to
 * `<projectDir>/.tsmp/maps/<file>.map.json`.
 */
export async function writeBuild(result: BuildResult, outDir: string, projectDir: string): Promise<void> {
  if (!result.ok) return;
  const out = resolve(outDir);
  const manifestPath = join(resolve(projectDir), MANIFEST);
  let previous: string[] = [];
  try {
    previous = JSON.parse(await readFile(manifestPath, "utf8")) as string[];
  } catch {
    previous = [];
  }
  for (const [rel, text] of result.files) {
    const target = join(out, rel);
    await mkdir(dirname(target), { recursive: true });
    let same = false;
    try {
      same = (await readFile(target, "utf8")) === text;
    } catch {
      same = false;
    }
    if (same) continue;
    const tmp = `${target}.tmp-${process.pid}`;
    await writeFile(tmp, text);
    await rename(tmp, target);
  }
  for (const rel of previous) {
    if (!result.files.has(rel) && rel.endsWith(".py")) await rm(join(out, rel), { force: true });
  }
  const mapsDir = join(resolve(projectDir), ".tsmp", "maps");
  for (const [rel, map] of result.maps) {
    const target = join(mapsDir, `${rel}.map.json`);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, JSON.stringify(map));
  }
  await mkdir(dirname(manifestPath), { recursive: true });
  await writeFile(manifestPath, JSON.stringify([...result.files.keys()].sort()));
}
