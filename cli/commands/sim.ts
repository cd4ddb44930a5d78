import type { Command } from "commander";
import { TsmpError } from "../errors.ts";

// Placeholder while the "sim" command is being written; replaced by its owner.
export function register(program: Command): void {
  program
    .command("sim")
    .description("(sim: not implemented yet)")
    .action(() => {
      throw new TsmpError("BAD_ARGUMENT", "'sim' is not implemented yet");
    });
}
