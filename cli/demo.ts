/**
 * `tsmp demo`: the whole path with no hardware, in one command. Starts the embedded MQTT broker
 * (aedes) on loopback and a virtual board on a pseudo-terminal, builds examples/light-status with
 * a generated config (WiFi of the virtual board, the embedded broker), flashes it over the pty
 * through the same serial code path as a real board, then shows the board's console next to what
 * an MQTT subscriber receives. Everything it started is stopped, whatever happens.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { SerialPort } from "serialport";
import mqtt from "mqtt";
import { TsmpError } from "./errors.ts";
import { openPort } from "./serial/open-port.ts";

export interface DemoOptions {
  seconds: number;
  /** Where the example lives (default: the light-status example shipped with tsmp). */
  example?: string;
  micropython?: string;
  write?: (line: string) => void;
}

export interface DemoReport {
  messages: Array<{ topic: string; payload: string }>;
  boardOutput: string;
}

const repoRoot = fileURLToPath(new URL("..", import.meta.url));

/** Copies the example's sources into a scratch project with a config for the virtual world. */
export function prepareDemoProject(example: string, broker: { host: string; port: number }): string {
  const dir = mkdtempSync(join(tmpdir(), "tsmp-demo-"));
  cpSync(join(example, "src"), join(dir, "src"), { recursive: true });
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({ extends: join(repoRoot, "boards", "tsconfig.board.json"), include: ["src"] }, null, 2),
  );
  writeFileSync(
    join(dir, "config.json"),
    JSON.stringify(
      {
        wifi: { ssid: "tsmp-sim", password: "virtual-board" },
        mqtt: { host: broker.host, port: broker.port, user: "", password: "" },
      },
      null,
      2,
    ),
  );
  return dir;
}

export async function runDemo(options: DemoOptions): Promise<DemoReport> {
  const write = options.write ?? ((line: string) => process.stdout.write(line + "\n"));
  const example = resolve(options.example ?? join(repoRoot, "examples", "light-status"));
  const { startEmbeddedBroker } = await import("../sim/broker.ts");
  const { startSim } = await import("../sim/index.ts");
  const { buildProject, writeBuild, formatDiagnostic } = await import("../compiler/index.ts");
  const { flashProject } = await import("./serial/index.ts");

  const cleanups: Array<() => Promise<void> | void> = [];
  const report: DemoReport = { messages: [], boardOutput: "" };
  try {
    const broker = await startEmbeddedBroker();
    cleanups.push(() => broker.close());
    write(`broker  │ aedes listening on mqtt://${broker.host}:${broker.port}`);

    const flashDir = mkdtempSync(join(tmpdir(), "tsmp-demo-flash-"));
    cleanups.push(() => rmSync(flashDir, { recursive: true, force: true }));
    const sim = await startSim({ fsDir: flashDir, micropython: options.micropython });
    cleanups.push(() => sim.stop());
    write(`board   │ virtual ESP32 on ${sim.path}`);

    const project = prepareDemoProject(example, broker);
    cleanups.push(() => rmSync(project, { recursive: true, force: true }));
    const outDir = join(project, "dist");
    const build = await buildProject(project, { outDir });
    if (!build.ok) {
      for (const d of build.diagnostics) write(formatDiagnostic(d));
      throw new TsmpError("BUILD_FAILED", "the example did not compile");
    }
    await writeBuild(build, outDir, project);
    write(`build   │ ${[...build.files.keys()].join(", ")}`);

    const subscriber = await mqtt.connectAsync(`mqtt://${broker.host}:${broker.port}`, { clientId: "tsmp-demo-subscriber" });
    cleanups.push(() => subscriber.endAsync(true));
    subscriber.on("message", (topic, payload) => {
      const text = payload.toString("utf8");
      report.messages.push({ topic, payload: text });
      write(`mqtt    │ ${topic} ${text}`);
    });
    await subscriber.subscribeAsync("#");

    // No reset at the end of the upload: the console below resets the board itself, so that it
    // shows boot.py and main.py from their first line.
    const flashed = await flashProject(sim.path, outDir, {
      reset: false,
      onProgress: (p) => {
        if (p.phase === "sending" && p.done === p.total && p.file) write(`flash   │ ${p.file}`);
      },
    });
    write(`flash   │ ${flashed.filesSent} files sent, ${flashed.filesSkipped} unchanged, ${flashed.wireBytes} bytes on the wire`);

    const port = new SerialPort({ path: sim.path, baudRate: 115200, autoOpen: false });
    await openPort(port, sim.path);
    cleanups.push(() => new Promise<void>((ok) => (port.isOpen ? port.close(() => ok()) : ok())));
    let pending = "";
    port.on("data", (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      report.boardOutput += text;
      pending += text;
      const lines = pending.split(/\r?\n/);
      pending = lines.pop() ?? "";
      for (const line of lines) write(`board   │ ${line}`);
    });
    // Wait for the friendly REPL's prompt, then soft-reset (Ctrl-D): the board runs boot.py, then main.py.
    // Should the upload's own "leave the raw REPL" not have reached the board before its port closed,
    // no prompt comes: Ctrl-B leaves the raw REPL (a Ctrl-D there would run an empty command instead).
    const waitForPrompt = async (ms: number) => {
      const since = Date.now();
      while (!report.boardOutput.includes(">>> ") && Date.now() - since < ms) await new Promise((r) => setTimeout(r, 20));
      return report.boardOutput.includes(">>> ");
    };
    port.write("\r");
    if (!(await waitForPrompt(1000))) {
      port.write("\x02\r");
      await waitForPrompt(3000);
    }
    port.write("\x04");

    await new Promise((r) => setTimeout(r, options.seconds * 1000));
    write(`demo    │ ${report.messages.length} messages received in ${options.seconds} s`);
    return report;
  } finally {
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch {
        // keep cleaning up the rest
      }
    }
  }
}

