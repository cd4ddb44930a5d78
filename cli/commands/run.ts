/**
 * `tsmp run <file.ts | projectDir> [--micropython PATH] [-- args]`: compile, then execute on host
 * MicroPython (WebAssembly, or a unix micropython) with the virtual board's modules and TCP
 * bridge; a project's boot.py runs before main.py, as on the board. Stdout passes through; an
 * uncaught error prints the traceback (mapped back to the TypeScript lines) and the exit code is
 * the program's (130 after Ctrl-C).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Writable } from "node:stream";
import type { Command } from "commander";
import { TsmpError } from "../errors.ts";
import type { mapPythonTraceback as MapTraceback } from "../../compiler/index.ts";

interface RunCommandOptions {
  micropython?: string;
}

/** Writes stderr line by line, rewriting `File "main.py", line N` into TypeScript locations. */
function tracebackMapper(mapPythonTraceback: typeof MapTraceback, mapsDir: string, target: NodeJS.WritableStream): Writable {
  let partial = "";
  return new Writable({
    write(chunk: Buffer, _enc, cb) {
      partial += chunk.toString("utf8");
      const lines = partial.split("\n");
      partial = lines.pop()!;
      for (const line of lines) target.write(mapPythonTraceback(line, mapsDir) + "\n");
      cb();
    },
    final(cb) {
      if (partial) target.write(mapPythonTraceback(partial, mapsDir));
      cb();
    },
  });
}

export function register(program: Command): void {
  program
    .command("run")
    .description("compile a .ts file or project and run it on host MicroPython with the virtual board's modules")
    .argument("<target>", "a .ts file or a project folder (with src/main.ts)")
    .argument("[args...]", "arguments for the program (sys.argv[1:])")
    .option("--micropython <path>", "unix micropython binary (default: $TSMP_MICROPYTHON, then micropython on PATH, then WebAssembly)")
    .action(async (target: string, args: string[], options: RunCommandOptions) => {
      // Loaded here, not at start-up, so `tsmp --help` does not pay for ts-morph and the VM.
      const { compileProgram, formatDiagnostic, mapPythonTraceback } = await import("../../compiler/index.ts");
      const { runProgram } = await import("../../sim/index.ts");
      const result = await compileProgram(target);
      for (const d of result.diagnostics) process.stderr.write(formatDiagnostic(d) + "\n");
      if (!result.ok) {
        const n = result.diagnostics.length;
        throw new TsmpError("BUILD_FAILED", `${target} did not compile (${n} error${n === 1 ? "" : "s"})`, {
          hint: "fix the errors above and run again",
        });
      }
      const dir = mkdtempSync(join(tmpdir(), "tsmp-run-"));
      const mapsDir = join(dir, ".maps");
      try {
        for (const [rel, text] of result.files) {
          mkdirSync(dirname(join(dir, rel)), { recursive: true });
          writeFileSync(join(dir, rel), text);
        }
        for (const [rel, map] of result.maps) {
          mkdirSync(dirname(join(mapsDir, rel)), { recursive: true });
          writeFileSync(join(mapsDir, `${rel}.map.json`), JSON.stringify(map));
        }
        const stderr = tracebackMapper(mapPythonTraceback, mapsDir, process.stderr);
        const code = await runProgram({ dir, entry: "main.py", bootFirst: true, micropython: options.micropython, args, stderr });
        await new Promise<void>((done) => stderr.end(done));
        process.exitCode = code;
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
}
