/**
 * `tsmp sim [--fs DIR] [--link PATH]`: power on a virtual Eduponics Mini behind a pseudo-terminal
 * and keep it running until Ctrl-C / SIGTERM. Its flash is a host folder (default
 * .tsmp/sim-flash in the current folder), so `tsmp flash <pty>` uploads persist across restarts.
 * `--micropython PATH` (or TSMP_MICROPYTHON) runs it on a unix micropython instead.
 */
import { resolve } from "node:path";
import type { Command } from "commander";
import { untilStopped } from "../until-stopped.ts";

interface SimCommandOptions {
  fs?: string;
  link?: string;
  micropython?: string;
}

export const DEFAULT_SIM_FLASH = ".tsmp/sim-flash";

export function register(program: Command): void {
  program
    .command("sim")
    .description("run a virtual ESP32 board (MicroPython) on a pseudo-terminal; flash and monitor it like a real one")
    .option("--fs <dir>", `host folder used as the board's flash (default: ${DEFAULT_SIM_FLASH})`)
    .option("--link <path>", "also make a stable symlink to the pty here (e.g. /tmp/tsmp-board)")
    .option("--micropython <path>", "run the board on this unix micropython instead of the built-in WebAssembly one (also $TSMP_MICROPYTHON)")
    .action(async (options: SimCommandOptions) => {
      const { startSim } = await import("../../sim/index.ts");
      const sim = await startSim({ fsDir: resolve(options.fs ?? DEFAULT_SIM_FLASH), link: options.link, micropython: options.micropython });
      process.stdout.write(`Virtual board on ${sim.path}\n`);
      if (sim.link) process.stdout.write(`link: ${sim.link} -> ${sim.path}\n`);
      process.stdout.write(`flash: ${sim.fsDir}\n`);
      process.stdout.write(`try: tsmp monitor ${sim.link ?? sim.path}   (Ctrl-C here stops the board)\n`);
      await untilStopped(() => sim.stop());
      process.stdout.write("Virtual board stopped\n");
    });
}
