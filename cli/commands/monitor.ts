/**
 * `tsmp monitor [port]`: the board's console with the keyboard forwarded (Ctrl-] quits), tracebacks
 * mapped back to the TypeScript source, reconnecting after resets and re-plugs.
 */
import { join, resolve } from "node:path";
import type { Command } from "commander";
import { TsmpError } from "../errors.ts";
import { monitor } from "../serial/monitor.ts";
import { choosePort } from "../serial/ports.ts";

interface MonitorCommandOptions {
  reset?: boolean;
  project: string;
  timestamps?: boolean;
  log?: string;
  exitAfter?: string;
  exitOn?: string;
  reconnect: boolean;
}

export function register(program: Command): void {
  program
    .command("monitor")
    .description("show the board's console and type into its REPL (Ctrl-] quits)")
    .argument("[port]", "serial port (default: the one ESP32 board plugged in)")
    .option("--reset", "soft-reset the board first so the program starts from the top")
    .option("--project <dir>", "project whose source maps turn tracebacks into TypeScript positions", ".")
    .option("--timestamps", "prefix every line with the time it arrived")
    .option("--log <file>", "also append the console to this file")
    .option("--exit-after <seconds>", "quit after this many seconds (for scripts; stdin may be a pipe or /dev/null)")
    .option("--exit-on <text>", "quit once the console shows this text (for scripts)")
    .option("--no-reconnect", "quit when the port goes away instead of waiting for it")
    .action(async (portArg: string | undefined, options: MonitorCommandOptions) => {
      let exitAfterMs: number | undefined;
      if (options.exitAfter !== undefined) {
        const seconds = Number(options.exitAfter);
        if (!Number.isFinite(seconds) || seconds < 0) {
          throw new TsmpError("BAD_ARGUMENT", `--exit-after wants a number of seconds, got "${options.exitAfter}"`, { hint: "e.g. --exit-after 10" });
        }
        exitAfterMs = seconds * 1000;
      }
      const port = await choosePort(portArg);
      await monitor(port, {
        reset: options.reset,
        mapsDir: join(resolve(options.project), ".tsmp", "maps"),
        timestamps: options.timestamps,
        logFile: options.log ? resolve(options.log) : undefined,
        exitAfterMs,
        exitOn: options.exitOn,
        reconnect: options.reconnect,
      });
    });
}
