import type { Command } from "commander";
import { TsmpError } from "../errors.ts";

// Placeholder while the "build" command is being written; replaced by its owner.
export function register(program: Command): void {
  program
    .command("build")
    .description("(build: not implemented yet)")
    .action(() => {
      throw new TsmpError("BAD_ARGUMENT", "'build' is not implemented yet");
    });
}
