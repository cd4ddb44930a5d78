/**
 * `tsmp flash [port] [projectDir]`: build (unless --no-build), then upload dist/ incrementally and
 * atomically over serial and soft-reset the board. `--firmware FILE` first installs MicroPython.
 * The port is opened only after the build succeeded, and always released.
 */
import { statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Command } from "commander";
import { buildForFlash } from "../serial/project-build.ts";
import { flashFirmwareImage } from "../serial/firmware-step.ts";
import { choosePort } from "../serial/ports.ts";
import { progressView } from "../serial/progress-view.ts";
import { flashProject } from "../serial/upload.ts";

interface FlashCommandOptions {
  build: boolean;
  clean?: boolean;
  firmware?: string;
  firmwareOnly?: boolean;
  baud?: string;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export function register(program: Command): void {
  program
    .command("flash")
    .description("build the project and upload it to the board (only changed files; --clean sends all)")
    .argument("[port]", "serial port, e.g. /dev/ttyUSB0 (default: the one ESP32 board plugged in)")
    .argument("[projectDir]", "project folder (default: current folder)")
    .option("--no-build", "upload the existing dist/ without compiling")
    .option("--clean", "resend every file even if the board has it")
    .option("--firmware <file>", "install this MicroPython firmware image first (esptool), then upload the project")
    .option("--firmware-only", "with --firmware: do not upload the project afterwards")
    .option("--baud <rate>", "baud rate for --firmware")
    .action(async (portArg: string | undefined, dirArg: string | undefined, options: FlashCommandOptions) => {
      // `tsmp flash examples/blink` names a project, not a port.
      if (portArg && !dirArg && isDirectory(portArg)) {
        dirArg = portArg;
        portArg = undefined;
      }
      const projectDir = resolve(dirArg ?? ".");
      const distDir = join(projectDir, "dist");
      const uploadProject = !(options.firmware && options.firmwareOnly);
      if (uploadProject && options.build) {
        const files = await buildForFlash(projectDir, distDir, (line) => process.stderr.write(line + "\n"));
        process.stderr.write(`build: ${files.join(", ")}\n`);
      }
      const port = await choosePort(portArg);
      if (options.firmware) {
        await flashFirmwareImage(port, resolve(options.firmware), {
          baud: options.baud ? Number(options.baud) : undefined,
          onProgress: (written, total) => process.stderr.write(`\rfirmware: ${Math.floor((written * 100) / Math.max(1, total))}%`),
        });
        process.stderr.write("\nfirmware: done\n");
        if (!uploadProject) return;
      }
      const view = progressView();
      // Ctrl-C during an upload: stop between commands and release the port (files stay whole).
      const abort = new AbortController();
      const onSigint = (): void => abort.abort();
      process.once("SIGINT", onSigint);
      try {
        const report = await flashProject(port, distDir, {
          clean: options.clean,
          onProgress: (p) => view.update(p),
          signal: abort.signal,
          // A freshly installed MicroPython formats its filesystem on first boot: give it time.
          transport: options.firmware ? { promptTimeoutMs: 20_000 } : undefined,
        });
        view.stop();
        const kb = (report.wireBytes / 1024).toFixed(1);
        process.stderr.write(
          `flashed ${port}: ${report.filesSent} sent, ${report.filesSkipped} unchanged, ${report.filesRemoved} removed ` +
            `(${kb} KB on the wire, ${report.seconds.toFixed(1)} s); the board restarted\n`,
        );
      } finally {
        process.off("SIGINT", onSigint);
        view.stop();
      }
    });
}
