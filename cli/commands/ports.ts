/** `tsmp ports`: the serial ports present, with VID:PID and the bridge chip; ESP32-like ones marked. */
import type { Command } from "commander";
import { describePort, listPorts } from "../serial/ports.ts";

export function register(program: Command): void {
  program
    .command("ports")
    .description("list serial ports (VID:PID, USB bridge chip); * marks ESP32-like ones")
    .option("--json", "print the list as JSON")
    .action(async (options: { json?: boolean }) => {
      const ports = await listPorts();
      if (options.json) {
        process.stdout.write(JSON.stringify(ports, null, 2) + "\n");
        return;
      }
      if (ports.length === 0) {
        process.stdout.write("no serial ports found (plug the board in with a data-capable USB cable; `tsmp sim` starts a virtual one)\n");
        return;
      }
      for (const p of ports) process.stdout.write(`${p.esp32Like ? "*" : " "} ${describePort(p)}\n`);
    });
}
