/**
 * The MQTT examples, run the way a user runs them: `tsmp run examples/<name>` (compiler + virtual
 * board) against the embedded broker (aedes), with config.json written for its port.
 */
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { startEmbeddedBroker, type EmbeddedBroker } from "../../sim/broker.ts";
import { repoRoot } from "../helpers/mqtt-micropython.ts";

function tsmpRun(example: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(repoRoot, "bin", "tsmp.js"), "run", join(repoRoot, "examples", example)], { cwd: repoRoot });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => { stdout += String(d); });
    child.stderr.on("data", (d: Buffer) => { stderr += String(d); });
    const timer = setTimeout(() => child.kill("SIGKILL"), 50_000);
    child.on("close", (code) => { clearTimeout(timer); resolve({ code: code ?? 1, stdout, stderr }); });
  });
}

describe("MQTT examples with tsmp run and the embedded broker", () => {
  let broker: EmbeddedBroker;
  beforeAll(async () => {
    broker = await startEmbeddedBroker();
    for (const name of ["two-clients", "persistent-session"]) {
      writeFileSync(join(repoRoot, "examples", name, "config.json"), JSON.stringify({ mqtt: { host: broker.host, port: broker.port } }, null, 2) + "\n");
    }
  });
  afterAll(async () => { await broker?.close(); });

  it("two-clients: the watcher gets the readings, then the sensor's last will", async () => {
    const r = await tsmpRun("two-clients");
    if (r.code !== 0 || r.stderr) console.log(`two-clients output:\n${r.stdout}\n${r.stderr}`);
    expect(r.stderr).not.toMatch(/Traceback|error/i);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines.slice(0, 4).sort()).toEqual([
      'watcher got tsmp/two-clients/moisture: {"reading":1,"moisture":41}',
      'watcher got tsmp/two-clients/moisture: {"reading":2,"moisture":42}',
      'watcher got tsmp/two-clients/moisture: {"reading":3,"moisture":43}',
      "watcher got tsmp/two-clients/status: online",
    ]);
    expect(lines.slice(4)).toEqual([
      "sensor drops off the network (no DISCONNECT)",
      "watcher got tsmp/two-clients/status: offline",
      "last will received: the sensor is offline",
    ]);
  }, 60_000);

  it("persistent-session: messages sent while offline arrive after the reconnect", async () => {
    const r = await tsmpRun("persistent-session");
    if (r.code !== 0 || r.stderr) console.log(`persistent-session output:\n${r.stdout}\n${r.stderr}`);
    expect(r.stderr).not.toMatch(/Traceback|error/i);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("inbox is back: session present = 1");
    for (let i = 1; i <= 3; i++) expect(r.stdout).toContain(`inbox got message ${i} on tsmp/persistent-session/inbox`);
    expect(r.stdout.trim().split("\n").at(-1)).toBe("all 3 messages sent while offline were delivered");
  }, 60_000);
});
