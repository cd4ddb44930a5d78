import type { Command } from "commander";
import { TsmpError } from "../errors.ts";

// Placeholder while the "firmware" command is being written; replaced by its owner.
export function register(program: Command): void {
  program
    .command("firmware")
    .description("(firmware: not implemented yet)")
    .action(() => {
      throw new TsmpError("BAD_ARGUMENT", "'firmware' is not implemented yet");
    });
}
