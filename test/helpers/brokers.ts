/**
 * Real MQTT brokers for tests, on loopback only: mosquitto (Debian package, a child process on a
 * free port, optional persistence so it can be killed and restarted) and aedes (npm, in process).
 * With CI=true a missing mosquitto is an error, never a skip.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, writeFileSync, existsSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./free-port.ts";
import { startEmbeddedBroker } from "../../sim/broker.ts";

export interface TestBroker {
  name: "mosquitto" | "aedes";
  host: string;
  port: number;
  stop(): Promise<void>;
  /** Kill -9 and start again on the same port (mosquitto only; keeps persisted sessions). */
  restart?(): Promise<void>;
  kill?(): Promise<void>;
  start?(): Promise<void>;
}

export function findMosquitto(): string | undefined {
  for (const candidate of ["/usr/sbin/mosquitto", "/usr/local/sbin/mosquitto", "/usr/bin/mosquitto"]) {
    if (existsSync(candidate)) return candidate;
  }
  const which = spawnSync("sh", ["-c", "command -v mosquitto"], { encoding: "utf8" });
  return which.status === 0 ? which.stdout.trim() : undefined;
}

/** True when tests that need mosquitto may run; throws under CI=true when it is missing. */
export function mosquittoAvailable(): boolean {
  if (findMosquitto()) return true;
  if (process.env.CI === "true") throw new Error("mosquitto is not installed (CI=true): run .ci/run or apt-get install -y mosquitto");
  return false;
}

async function waitForPort(port: number, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1");
      socket.once("connect", () => { socket.destroy(); resolve(true); });
      socket.once("error", () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`broker did not listen on 127.0.0.1:${port} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function startMosquitto(options: { persistence?: boolean; extraConfig?: string } = {}): Promise<TestBroker> {
  const binary = findMosquitto();
  if (!binary) throw new Error("mosquitto is not installed: apt-get install -y mosquitto");
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "tsmp-mosquitto-"));
  const config = join(dir, "mosquitto.conf");
  writeFileSync(
    config,
    [
      `listener ${port} 127.0.0.1`,
      "allow_anonymous true",
      // Started as root, mosquitto drops to the `mosquitto` user, which cannot write this temp dir:
      // it would then silently lose persisted sessions on restart.
      process.getuid?.() === 0 ? "user root" : "",
      options.persistence ? `persistence true\npersistence_location ${dir}/\nautosave_interval 1\nautosave_on_changes true` : "persistence false",
      "max_queued_messages 100000",
      options.extraConfig ?? "",
    ].join("\n") + "\n",
  );
  let child: ChildProcess | undefined;
  let stderr = "";
  const start = async () => {
    child = spawn(binary, ["-c", config], { stdio: ["ignore", "ignore", "pipe"] });
    child.stderr!.on("data", (d) => { stderr += String(d); });
    const c = child;
    // A broker that exits at start (bad config, port taken) fails now, with its own words.
    const exited = new Promise<never>((_, reject) =>
      c.once("exit", (code) => reject(new Error(`mosquitto exited with code ${code} at start: ${stderr.trim()}`))),
    );
    exited.catch(() => {});
    await Promise.race([waitForPort(port), exited]);
  };
  const kill = async (signal: NodeJS.Signals = "SIGKILL") => {
    const c = child;
    if (!c || c.exitCode !== null) return;
    await new Promise<void>((resolve) => { c.once("exit", () => resolve()); c.kill(signal); });
  };
  await start();
  return {
    name: "mosquitto",
    host: "127.0.0.1",
    port,
    stop: () => kill("SIGTERM"),
    kill: () => kill("SIGKILL"),
    start,
    restart: async () => { await kill("SIGKILL"); await start(); },
  };
}

export async function startAedes(): Promise<TestBroker> {
  const broker = await startEmbeddedBroker();
  return { name: "aedes", host: broker.host, port: broker.port, stop: () => broker.close() };
}
