import type { Command } from "commander";
import { TsmpError } from "../errors.ts";

// Placeholder while the "run" command is being written; replaced by its owner.
export function register(program: Command): void {
  program
    .command("run")
    .description("(run: not implemented yet)")
    .action(() => {
      throw new TsmpError("BAD_ARGUMENT", "'run' is not implemented yet");
    });
}
