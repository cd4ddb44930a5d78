/**
 * Front end: a ts-morph Project with the board's compiler options and type declarations
 * (boards/types/*.d.ts, added even when the user's tsconfig does not mention them), the user's
 * entry files and their imports, and the TypeScript type check formatted as diagnostics.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Node, Project, ts, type SourceFile } from "ts-morph";
import { makeDiagnostic, type Diagnostic } from "./diagnostics.ts";

export const boardTypesDir = fileURLToPath(new URL("../boards/types/", import.meta.url));

export const compilerOptions: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ["lib.es2022.d.ts"],
  types: [],
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  resolveJsonModule: true,
  esModuleInterop: true,
  allowImportingTsExtensions: true,
  moduleDetection: ts.ModuleDetectionKind.Force,
  noFallthroughCasesInSwitch: false,
  forceConsistentCasingInFileNames: true,
};

export function boardTypeFiles(): Array<{ name: string; text: string }> {
  if (!existsSync(boardTypesDir)) return [];
  return readdirSync(boardTypesDir)
    .filter((f) => f.endsWith(".d.ts"))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(boardTypesDir, name), "utf8") }));
}

/** A project on disk: entries are absolute paths. */
export function createDiskProject(entries: string[]): { project: Project; files: SourceFile[] } {
  const project = new Project({ compilerOptions, skipAddingFilesFromTsConfig: true, skipFileDependencyResolution: true });
  for (const f of boardTypeFiles()) project.addSourceFileAtPath(join(boardTypesDir, f.name));
  const files = entries.map((e) => project.addSourceFileAtPath(e));
  project.resolveSourceFileDependencies();
  return { project, files };
}

let memoryProject: Project | undefined;
/** One shared in-memory project for compileSource (board types loaded once). */
export function sharedMemoryProject(): Project {
  if (!memoryProject) {
    memoryProject = new Project({ compilerOptions, useInMemoryFileSystem: true, skipAddingFilesFromTsConfig: true });
    for (const f of boardTypeFiles()) memoryProject.createSourceFile(`/__tsmp_board__/${f.name}`, f.text, { overwrite: true });
  }
  return memoryProject;
}

export function isUserFile(sf: SourceFile): boolean {
  const p = sf.getFilePath().replace(/\\/g, "/");
  return !p.includes("/node_modules/") && !p.includes("/boards/types/") && !p.includes("/__tsmp_board__/") && !sf.isDeclarationFile() && !p.endsWith(".json");
}

function diagnosticLocation(sf: ts.SourceFile | undefined, start: number | undefined, display: (path: string) => string) {
  if (!sf || start === undefined) return { file: "tsmp", line: 1, column: 1 };
  const { line, character } = sf.getLineAndCharacterOfPosition(start);
  const lines = sf.text.split("\n");
  return { file: display(sf.fileName), line: line + 1, column: character + 1, sourceLine: lines[line]?.replace(/\r$/, "") };
}

/** TypeScript diagnostics of the user's files, as `TS####` diagnostics. */
export function typeCheck(project: Project, files: SourceFile[], display: (path: string) => string): Diagnostic[] {
  const program = project.getProgram().compilerObject;
  const out: Diagnostic[] = [];
  const all: ts.Diagnostic[] = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
  for (const sf of files) {
    const tsf = sf.compilerNode;
    all.push(...program.getSyntacticDiagnostics(tsf), ...program.getSemanticDiagnostics(tsf));
  }
  for (const d of all) {
    if (d.category !== ts.DiagnosticCategory.Error) continue;
    const loc = diagnosticLocation(d.file, d.start, display);
    out.push({ ...loc, code: `TS${d.code}`, message: ts.flattenDiagnosticMessageText(d.messageText, " ") });
  }
  return out;
}

/**
 * Imports of JSON files that do not exist: when `<name>.example.json` exists next to the missing
 * file, the user has to copy it (TSMP1002); these replace TypeScript's "cannot find module".
 */
export function missingJsonImports(files: SourceFile[], display: (path: string) => string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const sf of files) {
    for (const imp of sf.getImportDeclarations()) {
      const spec = imp.getModuleSpecifierValue();
      if (!spec.endsWith(".json") || !spec.startsWith(".")) continue;
      const abs = resolve(dirname(sf.getFilePath()), spec);
      if (existsSync(abs) || sf.getProject().getSourceFile(abs)) continue;
      const example = abs.replace(/\.json$/, ".example.json");
      const node = imp.getModuleSpecifier();
      const { line, column } = sf.getLineAndColumnAtPos(node.getStart());
      const at = { file: display(sf.getFilePath()), line, column, sourceLine: sf.getFullText().split("\n")[line - 1] };
      const rel = (p: string) => relative(dirname(sf.getFilePath()), p).replace(/\\/g, "/");
      if (existsSync(example) || sf.getProject().getSourceFile(example)) {
        out.push(makeDiagnostic("missingConfigJson", at, display(abs), display(example)));
      } else {
        out.push(makeDiagnostic("unresolvedImport", at, rel(abs).startsWith(".") ? rel(abs) : `./${rel(abs)}`));
      }
    }
  }
  return out;
}

export { Node };
