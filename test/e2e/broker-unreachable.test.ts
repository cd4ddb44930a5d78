/**
 * Issue 3, bad input: the light-status example pointed at a broker that is not there logs the
 * error and retries with a growing pause — no crash, no tight crash loop. Runs the real example
 * through `tsmp run` (WebAssembly MicroPython, sockets bridged to host TCP).
 */
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { prepareDemoProject } from "../../cli/demo.ts";
import { freePort } from "../helpers/free-port.ts";
import { tsmpBin } from "../cli/run-cli.ts";

const example = join(import.meta.dirname, "..", "..", "examples", "light-status");
let project: string | undefined;
afterEach(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe("light-status with no broker listening", () => {
  it("logs the failure and retries after 1 s, 2 s, 4 s … without crashing", async () => {
    const deadPort = await freePort(); // nothing listens here
    project = prepareDemoProject(example, { host: "127.0.0.1", port: deadPort });
    const child = spawn(process.execPath, [tsmpBin, "run", project], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += String(d)));
    child.stderr.on("data", (d) => (stderr += String(d)));
    const exited = new Promise<number | null>((resolve) => child.once("close", (code) => resolve(code)));
    const deadline = Date.now() + 60_000;
    while (!/retrying in 4 s/.test(stdout) && Date.now() < deadline && child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const stillRunning = child.exitCode === null;
    const stderrBeforeStop = stderr;
    child.kill("SIGINT");
    await exited;
    expect(stderrBeforeStop).not.toMatch(/Traceback/);
    expect(stillRunning).toBe(true);
    const retries = stdout.match(/^MQTT: .+; retrying in (\d+) s$/gm) ?? [];
    expect(retries.slice(0, 3).map((l) => /retrying in (\d+) s/.exec(l)![1])).toEqual(["1", "2", "4"]);
    // The error says what failed (a refused connection), not just that something did.
    expect(retries[0]).toMatch(/ECONNREFUSED|refused|111/i);
  }, 90_000);
});
