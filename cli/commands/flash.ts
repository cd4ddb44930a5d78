import type { Command } from "commander";
import { TsmpError } from "../errors.ts";

// Placeholder while the "flash" command is being written; replaced by its owner.
export function register(program: Command): void {
  program
    .command("flash")
    .description("(flash: not implemented yet)")
    .action(() => {
      throw new TsmpError("BAD_ARGUMENT", "'flash' is not implemented yet");
    });
}
