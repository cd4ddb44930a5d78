/**
 * The build step of `tsmp flash`: compiles the project with the compiler's `buildProject` +
 * `writeBuild` (compiler/index.ts), printing diagnostics and throwing BUILD_FAILED before any
 * port is opened, so dist/ and the board stay untouched when the code does not compile.
 * Imported lazily: `--no-build` flashes never load the compiler.
 */
import { TsmpError } from "../errors.ts";

interface CompilerApi {
  buildProject(projectDir: string, options?: { outDir?: string }): Promise<{ ok: boolean; diagnostics: unknown[]; files: Map<string, string> }>;
  writeBuild(result: unknown, outDir: string, projectDir?: string): Promise<void> | void;
  formatDiagnostic(d: unknown): string;
}

export async function buildForFlash(projectDir: string, outDir: string, printError: (line: string) => void): Promise<string[]> {
  const modulePath = "../../compiler/index.ts";
  let compiler: CompilerApi;
  try {
    compiler = (await import(modulePath)) as CompilerApi;
  } catch (error) {
    throw new TsmpError("BUILD_FAILED", `the compiler could not be loaded: ${error instanceof Error ? error.message : String(error)}`, {
      hint: "flash an existing build with `tsmp flash --no-build`",
    });
  }
  const result = await compiler.buildProject(projectDir, { outDir });
  if (!result.ok) {
    for (const d of result.diagnostics) printError(compiler.formatDiagnostic(d));
    const n = result.diagnostics.length;
    throw new TsmpError("BUILD_FAILED", `the project did not compile (${n} error${n === 1 ? "" : "s"}); nothing was sent to the board`, {
      hint: "fix the errors above and run `tsmp flash` again",
    });
  }
  await compiler.writeBuild(result, outDir, projectDir);
  return [...result.files.keys()];
}
