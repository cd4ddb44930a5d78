/** `tsmp demo [--seconds N]`: the light-status example on a virtual board with an embedded broker. */
import type { Command } from "commander";
import { TsmpError } from "../errors.ts";

export function register(program: Command): void {
  program
    .command("demo")
    .description("run examples/light-status on a virtual board with an embedded MQTT broker (no hardware)")
    .option("--seconds <n>", "how long to let it run", "15")
    .option("--micropython <path>", "use a unix MicroPython binary instead of the WebAssembly port")
    .action(async (options: { seconds: string; micropython?: string }) => {
      const seconds = Number(options.seconds);
      if (!Number.isFinite(seconds) || seconds <= 0) {
        throw new TsmpError("BAD_ARGUMENT", `--seconds must be a positive number, got '${options.seconds}'`);
      }
      const { runDemo } = await import("../demo.ts");
      const report = await runDemo({ seconds, micropython: options.micropython });
      if (report.messages.length === 0) {
        throw new TsmpError("PROGRAM_FAILED", "the board published no message", {
          hint: "read the board's console above for the error",
        });
      }
    });
}
