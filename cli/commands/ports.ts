import type { Command } from "commander";
import { TsmpError } from "../errors.ts";

// Placeholder while the "ports" command is being written; replaced by its owner.
export function register(program: Command): void {
  program
    .command("ports")
    .description("(ports: not implemented yet)")
    .action(() => {
      throw new TsmpError("BAD_ARGUMENT", "'ports' is not implemented yet");
    });
}
