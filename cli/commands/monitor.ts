import type { Command } from "commander";
import { TsmpError } from "../errors.ts";

// Placeholder while the "monitor" command is being written; replaced by its owner.
export function register(program: Command): void {
  program
    .command("monitor")
    .description("(monitor: not implemented yet)")
    .action(() => {
      throw new TsmpError("BAD_ARGUMENT", "'monitor' is not implemented yet");
    });
}
