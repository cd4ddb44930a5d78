/**
 * `tsmp build [projectDir] [--out dist] [--watch]`: type-check and compile the project to
 * MicroPython. Diagnostics go to stderr as `file(line,col): error CODE: message` (+ hint line);
 * a one-line summary on success; exit 1 on errors with dist/ untouched. The compiler (and ts-morph)
 * is imported lazily so `tsmp --help` stays fast.
 */
import type { Command } from "commander";
import { resolve, join, relative } from "node:path";
import { TsmpError } from "../errors.ts";

interface BuildOptions {
  out?: string;
  watch?: boolean;
}

type Compiler = typeof import("../../compiler/index.ts");

async function buildOnce(compiler: Compiler, projectDir: string, outDir: string): Promise<{ ok: boolean; summary: string; errors: number }> {
  const started = Date.now();
  const result = await compiler.buildProject(projectDir, { outDir });
  for (const d of result.diagnostics) process.stderr.write(`${compiler.formatDiagnostic(d)}\n`);
  if (!result.ok) {
    return { ok: false, summary: `${result.diagnostics.length} error${result.diagnostics.length === 1 ? "" : "s"}; ${relative(process.cwd(), outDir) || "."} left untouched`, errors: result.diagnostics.length };
  }
  await compiler.writeBuild(result, outDir, projectDir);
  let bytes = 0;
  for (const text of result.files.values()) bytes += Buffer.byteLength(text);
  const shown = relative(process.cwd(), outDir) || outDir;
  return { ok: true, summary: `built ${result.files.size} files (${bytes} bytes) into ${shown} in ${Date.now() - started} ms`, errors: 0 };
}

export function register(program: Command): void {
  program
    .command("build")
    .description("type-check and compile src/main.ts (and src/boot.ts) to MicroPython in dist/")
    .argument("[projectDir]", "project folder (holds src/main.ts)", ".")
    .option("--out <dir>", "output folder (default: <projectDir>/dist)")
    .option("--watch", "rebuild when a source file changes")
    .action(async (projectDirArg: string, options: BuildOptions) => {
      const projectDir = resolve(projectDirArg);
      const outDir = options.out ? resolve(options.out) : join(projectDir, "dist");
      const compiler: Compiler = await import("../../compiler/index.ts");
      if (options.watch) {
        const { watchProject } = await import("../../compiler/watch.ts");
        await watchProject(projectDir, outDir, {
          onResult: (line) => process.stdout.write(`${line}\n`),
          onDiagnostic: (text) => process.stderr.write(`${text}\n`),
        });
        return;
      }
      const { ok, summary, errors } = await buildOnce(compiler, projectDir, outDir);
      if (!ok) {
        throw new TsmpError("BUILD_FAILED", `build failed: ${summary}`, {
          hint: errors ? "fix the errors above (each line says file(line,col), the problem and a hint) and run tsmp build again" : undefined,
        });
      }
      process.stdout.write(`${summary}\n`);
    });
}
