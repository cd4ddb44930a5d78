/**
 * Compiles a set of entry files (main, boot) and the local modules they import into Python files:
 * walks the import graph, reports cycles, lowers each module, emits JSON data modules and the
 * runtime helper modules (and umqttsimple) that the program uses.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, relative } from "node:path";
import { Node, type SourceFile } from "ts-morph";
import { LowerContext, Refusal, pyString } from "./lower/context.ts";
import { lowerBody } from "./lower/statements.ts";
import { setModuleNamer, jsonModuleName } from "./lower/modules.ts";
import { printModule } from "./emit-python.ts";
import { runtimeFiles, runtimeDir } from "./runtime.ts";
import { checkSubset } from "./check-subset.ts";
import { makeDiagnostic, type Diagnostic } from "./diagnostics.ts";
import type { SourceMap } from "./source-map.ts";
import { programHasWideStrings } from "./lower/utf16.ts";

export interface CompiledFiles {
  diagnostics: Diagnostic[];
  files: Map<string, string>;
  maps: Map<string, SourceMap>;
}

export interface Entry {
  file: SourceFile;
  /** Python module name (`main`, `boot`). */
  module: string;
}

/**
 * What a user module of this name would hide on the board, or undefined: `lib` is the folder the
 * runtime helpers and the MQTT client live in (MicroPython imports the folder as a package), the
 * board's modules are found on the filesystem before the built-in ones, and the helpers' own names.
 */
export function reservedModuleName(name: string): string | undefined {
  if (name === "lib") return "the lib/ folder of runtime helpers";
  if (name === "config") return undefined; // the JSON config module is generated under this name on purpose
  if (/^tsmp_/.test(name) || name === "umqttsimple") return `tsmp's own ${name}.py`;
  if (BOARD_MODULES.has(name)) return `the built-in '${name}' module`;
  return undefined;
}

const BOARD_MODULES = new Set([
  "machine", "network", "time", "utime", "gc", "esp", "esp32", "ubinascii", "binascii", "neopixel", "dht", "micropython",
  "socket", "ssl", "select", "json", "math", "re", "os", "sys", "struct", "collections", "ucollections", "asyncio", "random", "hashlib", "io", "array",
]);

/** Python module name of a local file: its path below the source root, `/` → `_`. */
export function moduleNameFor(file: SourceFile, srcRoot: string): string | undefined {
  const rel = relative(srcRoot, file.getFilePath()).replace(/\\/g, "/");
  if (rel.startsWith("..")) return undefined;
  return rel.replace(/\.(d\.)?(ts|tsx|mts)$/, "").replace(/[^A-Za-z0-9_/]/g, "_").replace(/\//g, "_");
}

function pyValue(value: unknown, use: (h: string) => string): string {
  if (value === null) return use("null");
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "number") return Number.isInteger(value) && Math.abs(value) < 2 ** 53 ? String(value) : String(value).includes(".") || String(value).includes("e") ? String(value) : `${value}.0`;
  if (typeof value === "string") return pyString(value);
  if (Array.isArray(value)) return `[${value.map((v) => pyValue(v, use)).join(", ")}]`;
  const entries = Object.entries(value as Record<string, unknown>);
  return `${use("obj")}(${entries.flatMap(([k, v]) => [pyString(k), pyValue(v, use)]).join(", ")})`;
}

function jsonModule(path: string, displayPath: string, diagnostics: Diagnostic[]): string | undefined {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    diagnostics.push(makeDiagnostic("badJson", { file: displayPath, line: 1, column: 1 }, displayPath, error instanceof Error ? error.message : String(error)));
    return undefined;
  }
  const used = new Set<string>();
  const body = pyValue(data, (h) => (used.add(h), h));
  const imports: string[] = [];
  if (used.has("obj")) imports.push("from tsmp_collections import obj");
  if (used.has("null")) imports.push("from tsmp_core import null");
  return [...imports, `data = ${body}`, ""].join("\n");
}

export function compileModules(entries: Entry[], srcRoot: string, display: (path: string) => string): CompiledFiles {
  const diagnostics: Diagnostic[] = [];
  const files = new Map<string, string>();
  const maps = new Map<string, SourceMap>();
  const helperModules = new Set<string>();
  const usedHelpers = new Map<string, Set<string>>();
  const useHelper = (mod: string, name: string) => {
    helperModules.add(mod);
    let set = usedHelpers.get(mod);
    if (!set) usedHelpers.set(mod, (set = new Set()));
    set.add(name);
  };
  const external = new Set<string>();
  const byModule = new Map<string, SourceFile>();
  const edges = new Map<string, Array<{ to: string; node: Node }>>();
  const queue: Entry[] = [...entries];
  for (const e of entries) byModule.set(e.module, e.file);
  const done = new Set<string>();
  const jsonFiles = new Map<string, string>();
  const wideStrings = entries.length > 0 && programHasWideStrings(entries[0]!.file.getProject().getSourceFiles());

  while (queue.length) {
    const { file, module } = queue.shift()!;
    if (done.has(module)) continue;
    done.add(module);
    const displayPath = display(file.getFilePath());
    diagnostics.push(...checkSubset(file, displayPath));
    const ctx = new LowerContext(file, displayPath);
    ctx.wideStrings = wideStrings;
    const localEdges: Array<{ to: string; node: Node }> = [];
    setModuleNamer(ctx, (target) => {
      const name = target === entries.find((e) => e.file === target)?.file ? entries.find((e) => e.file === target)!.module : moduleNameFor(target, srcRoot);
      if (!name) return undefined;
      // Refused here (thrown), so the import is not also reported as a path outside the folder.
      const reserved = reservedModuleName(name);
      if (reserved) ctx.refuse("moduleNameReserved", file, name, reserved);
      const other = byModule.get(name);
      if (other && other !== target) ctx.refuse("moduleNameClash", file, `${name}.py`);
      byModule.set(name, target);
      return name;
    });
    try {
      lowerBody(ctx, file.getStatements());
    } catch (error) {
      if (error instanceof Refusal) diagnostics.push(error.diagnostic);
      else diagnostics.push(ctx.diagnostic("internal", file, error instanceof Error ? error.message : String(error)));
    }
    for (const imp of [...file.getImportDeclarations(), ...file.getExportDeclarations().filter((e) => e.getModuleSpecifier())]) {
      const target = imp.getModuleSpecifierSourceFile();
      if (!target || imp.isTypeOnly()) continue;
      const spec = imp.getModuleSpecifierValue() ?? "";
      if (spec.endsWith(".json")) {
        jsonFiles.set(jsonModuleName(target.getFilePath()), target.getFilePath());
        continue;
      }
      const name = [...byModule.entries()].find(([, f]) => f === target)?.[0];
      if (!name) continue;
      localEdges.push({ to: name, node: imp });
      if (!done.has(name)) queue.push({ file: target, module: name });
    }
    edges.set(module, localEdges);
    diagnostics.push(...ctx.diagnostics);
    for (const [name, mod] of ctx.helpers) useHelper(mod, name);
    for (const ext of ctx.externalImports) external.add(ext);
    // Group helper imports per runtime module.
    const perModule = new Map<string, string[]>();
    const finalName = (h: string) => (ctx.allNames.has(h) ? `tsmp_${h}` : h);
    for (const [name, mod] of ctx.helpers) perModule.set(mod, [...(perModule.get(mod) ?? []), name]);
    const header = [...perModule.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([mod, names]) => `from ${mod} import ${names.sort().map((n) => (finalName(n) === n ? n : `${n} as ${finalName(n)}`)).join(", ")}`);
    for (const line of ctx.lines) line.text = line.text.replace(/__H_(\w+?)_H__/g, (_, h: string) => finalName(h));
    const printed = printModule(header, ctx.lines, `${module}.py`, displayPath);
    files.set(`${module}.py`, printed.text);
    maps.set(`${module}.py`, printed.map);
  }

  // Import cycles.
  const state = new Map<string, "active" | "done">();
  const stack: string[] = [];
  const visit = (m: string): void => {
    state.set(m, "active");
    stack.push(m);
    for (const { to, node } of edges.get(m) ?? []) {
      if (state.get(to) === "active") {
        const cycle = [...stack.slice(stack.indexOf(to)), to].map((x) => `${x}.ts`).join(" → ");
        const sf = node.getSourceFile();
        const { line, column } = sf.getLineAndColumnAtPos(node.getStart());
        diagnostics.push(makeDiagnostic("importCycle", { file: display(sf.getFilePath()), line, column }, cycle));
      } else if (!state.has(to)) visit(to);
    }
    stack.pop();
    state.set(m, "done");
  };
  for (const e of entries) if (!state.has(e.module)) visit(e.module);

  for (const [name, path] of jsonFiles) {
    if (files.has(`${name}.py`)) {
      diagnostics.push(makeDiagnostic("moduleNameClash", { file: display(path), line: 1, column: 1 }, `${name}.py`));
      continue;
    }
    const text = jsonModule(path, display(path), diagnostics);
    if (text === undefined) continue;
    files.set(`${name}.py`, text);
    if (text.includes("from tsmp_collections import obj")) useHelper("tsmp_collections", "obj");
    if (text.includes("from tsmp_core import null")) useHelper("tsmp_core", "null");
  }

  if (helperModules.has("tsmp_async")) {
    // Timers and promises run after the main program's top level, like Node's event loop.
    for (const e of entries) {
      const text = files.get(`${e.module}.py`);
      const map = maps.get(`${e.module}.py`);
      if (text === undefined || !map) continue;
      files.set(`${e.module}.py`, `${text}from tsmp_async import run_loop\nrun_loop()\n`);
      map.lines.push(null, null);
    }
  }
  if (helperModules.has("tsmp_async")) useHelper("tsmp_async", "run_loop");
  for (const [mod, text] of runtimeFiles(usedHelpers)) files.set(`lib/${mod}.py`, text);
  if (external.has("umqttsimple")) {
    const path = `${runtimeDir}umqttsimple.py`;
    if (existsSync(path)) files.set("lib/umqttsimple.py", readFileSync(path, "utf8"));
  }
  void dirname;
  return { diagnostics, files, maps };
}
