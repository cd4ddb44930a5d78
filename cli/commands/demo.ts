import type { Command } from "commander";
import { TsmpError } from "../errors.ts";

// Placeholder while the "demo" command is being written; replaced by its owner.
export function register(program: Command): void {
  program
    .command("demo")
    .description("(demo: not implemented yet)")
    .action(() => {
      throw new TsmpError("BAD_ARGUMENT", "'demo' is not implemented yet");
    });
}
