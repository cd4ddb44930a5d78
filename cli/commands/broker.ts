/**
 * `tsmp broker [--port 1883] [--host 127.0.0.1]`: the embedded MQTT broker (aedes) that `tsmp demo`
 * uses, on its own, for running the MQTT examples with `tsmp run` or the virtual board without
 * installing a broker. Runs until Ctrl-C / SIGTERM.
 */
import type { Command } from "commander";
import { untilStopped } from "../until-stopped.ts";
import { TsmpError } from "../errors.ts";

export function register(program: Command): void {
  program
    .command("broker")
    .description("run the embedded MQTT broker (aedes) on this machine until Ctrl-C")
    .option("--port <n>", "TCP port (0 picks a free one)", "1883")
    .option("--host <address>", "address to listen on", "127.0.0.1")
    .option("--verbose", "print every message published")
    .action(async (options: { port: string; host: string; verbose?: boolean }) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new TsmpError("BAD_ARGUMENT", `--port must be a TCP port number (0-65535), got '${options.port}'`);
      }
      const { startEmbeddedBroker } = await import("../../sim/broker.ts");
      const broker = await startEmbeddedBroker({ host: options.host, port }).catch((error: NodeJS.ErrnoException) => {
        if (error.code === "EADDRINUSE") {
          throw new TsmpError("BAD_ARGUMENT", `port ${port} on ${options.host} is already in use (another broker running?)`, {
            hint: "stop the other broker, or pick another port: tsmp broker --port 1884",
          });
        }
        throw error;
      });
      if (options.verbose) {
        broker.broker.on("publish", (packet, client) => {
          if (client) process.stdout.write(`${packet.topic} ${packet.payload.toString()}\n`);
        });
      }
      process.stdout.write(`MQTT broker on mqtt://${broker.host}:${broker.port} (Ctrl-C stops it)\n`);
      await untilStopped(() => broker.close());
      process.stdout.write("MQTT broker stopped\n");
    });
}
