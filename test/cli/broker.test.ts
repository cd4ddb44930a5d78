/** `tsmp broker`: the embedded broker on its own — real MQTT clients talk through it; SIGTERM stops it. */
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import mqtt from "mqtt";
import { runCli, tsmpBin } from "./run-cli.ts";
import { freePort } from "../helpers/free-port.ts";

describe("tsmp broker", () => {
  it("serves MQTT on loopback until SIGTERM", async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [tsmpBin, "broker", "--port", String(port), "--verbose"], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    child.stdout.on("data", (d) => (stdout += String(d)));
    const exited = new Promise<number | null>((resolve) => child.once("close", (code) => resolve(code)));
    try {
      const deadline = Date.now() + 30_000;
      while (!stdout.includes("MQTT broker on") && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(stdout).toContain(`MQTT broker on mqtt://127.0.0.1:${port}`);
      const client = await mqtt.connectAsync(`mqtt://127.0.0.1:${port}`, { reconnectPeriod: 0 });
      await client.subscribeAsync("t/#");
      const got = new Promise<string>((resolve) => client.on("message", (topic, payload) => resolve(`${topic} ${payload}`)));
      await client.publishAsync("t/1", "hello");
      expect(await got).toBe("t/1 hello");
      await client.endAsync();
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
    expect(stdout).toContain("t/1 hello\n");
    expect(stdout).toContain("MQTT broker stopped");
  });

  it("says so when the port is taken", async () => {
    const { createServer } = await import("node:net");
    const server = createServer();
    const port = await freePort();
    await new Promise<void>((r) => server.listen(port, "127.0.0.1", () => r()));
    try {
      const result = await runCli(["broker", "--port", String(port)]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`port ${port} on 127.0.0.1 is already in use`);
      expect(result.stderr).toContain("hint: stop the other broker, or pick another port");
    } finally {
      server.close();
    }
  });
});
