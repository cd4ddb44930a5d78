/**
 * The `tsmp` command line: one table of commands, each a thin module in cli/commands/ that
 * registers itself on the program and calls into the library (compiler/, sim/, cli/serial/ …).
 * Only TsmpError reaches the user as a plain message; anything else is a bug and shows its stack.
 */
import { Command, CommanderError } from "commander";
import { isTsmpError } from "./errors.ts";
import * as build from "./commands/build.ts";
import * as flash from "./commands/flash.ts";
import * as monitor from "./commands/monitor.ts";
import * as ports from "./commands/ports.ts";
import * as firmware from "./commands/firmware.ts";
import * as sim from "./commands/sim.ts";
import * as run from "./commands/run.ts";
import * as demo from "./commands/demo.ts";
import * as broker from "./commands/broker.ts";

export interface CommandModule {
  register(program: Command): void;
}

/** Order here is the order in `tsmp --help`. */
export const commands: CommandModule[] = [build, flash, monitor, ports, firmware, sim, run, broker, demo];

export function createProgram(): Command {
  const program = new Command("tsmp")
    .description("TypeScript firmware for ESP32 boards, compiled to MicroPython")
    .version("0.1.0")
    .showHelpAfterError()
    .exitOverride();
  for (const command of commands) command.register(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = createProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (isTsmpError(error)) {
      process.stderr.write(`tsmp: ${error.message}\n`);
      if (error.hint) process.stderr.write(`hint: ${error.hint}\n`);
      return error.exitCode;
    }
    process.stderr.write(`tsmp: internal error (please report it)\n${error instanceof Error ? error.stack : String(error)}\n`);
    return 70;
  }
}
