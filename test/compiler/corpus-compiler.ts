/**
 * The corpus's view of the compiler (compiler/index.ts): loaded lazily so the corpus tools still
 * start while the compiler is being written, and typed structurally with only what the corpus
 * needs (`compileProgram`, `compileSource`, diagnostics with a code and a location).
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface CorpusDiagnostic {
  code: string;
  message: string;
  file?: string;
  line?: number;
  col?: number;
  column?: number;
  [key: string]: unknown;
}

export interface CompileOutput {
  ok: boolean;
  diagnostics: CorpusDiagnostic[];
  files: Map<string, string>;
}

export interface CompilerApi {
  compileProgram(entryFile: string): CompileOutput | Promise<CompileOutput>;
  compileSource(text: string, options: { fileName: string }): CompileOutput | Promise<CompileOutput>;
}

const compilerIndex = fileURLToPath(new URL("../../compiler/index.ts", import.meta.url));

/** Loads compiler/index.ts; throws a clear error when it (or one of the two entry points) is missing. */
export async function loadCompiler(): Promise<CompilerApi> {
  if (!existsSync(compilerIndex)) throw new Error("compiler/index.ts does not exist yet: the corpus has nothing to compile with");
  const mod = (await import("../../compiler/index.ts" as string)) as Partial<CompilerApi>;
  if (typeof mod.compileProgram !== "function" || typeof mod.compileSource !== "function") {
    throw new Error("compiler/index.ts must export compileProgram(entryFile) and compileSource(text, { fileName })");
  }
  return mod as CompilerApi;
}

/** Internal compiler errors are TSMP9xxx: bugs, never an acceptable answer to user code. */
export const isInternalError = (d: CorpusDiagnostic): boolean => /^TSMP9\d{3}$/.test(d.code);

/** The diagnostic's 1-based column, whichever name the compiler uses for it. */
export const diagnosticColumn = (d: CorpusDiagnostic): number | undefined => d.col ?? d.column;

/** Sorted, de-duplicated error codes of a refused compile (what known-refused.txt records). */
export function refusalCodes(diagnostics: CorpusDiagnostic[]): string {
  return [...new Set(diagnostics.map((d) => d.code))].sort().join(",");
}
