/**
 * End to end, no mocks: build examples/light-status, start the virtual board on a real pty, flash it
 * through serialport with the same code as `tsmp flash`, and check what a real broker's subscriber
 * receives — once against mosquitto (Debian, child process) and once against aedes (npm).
 */
import { afterEach, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import mqtt from "mqtt";
import { mosquittoAvailable, startAedes, startMosquitto, type TestBroker } from "../helpers/brokers.ts";
import { prepareDemoProject } from "../../cli/demo.ts";
import { buildProject, writeBuild } from "../../compiler/index.ts";
import { startSim } from "../../sim/index.ts";
import { flashProject } from "../../cli/serial/index.ts";

const example = join(import.meta.dirname, "..", "..", "examples", "light-status");
const cleanups: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function flashExampleAndCollect(broker: TestBroker, wanted: number) {
  const project = prepareDemoProject(example, broker);
  cleanups.push(() => rmSync(project, { recursive: true, force: true }));
  const outDir = join(project, "dist");
  const build = await buildProject(project, { outDir });
  expect(build.diagnostics.map((d) => d.message)).toEqual([]);
  expect(build.ok).toBe(true);
  for (const file of ["boot.py", "main.py", "lib/umqttsimple.py"]) expect(build.files.has(file)).toBe(true);
  await writeBuild(build, outDir, project);

  const subscriber = await mqtt.connectAsync(`mqtt://127.0.0.1:${broker.port}`, { clientId: `e2e-${broker.name}`, reconnectPeriod: 0 });
  cleanups.push(() => subscriber.endAsync(true));
  const messages: Array<{ topic: string; payload: string }> = [];
  let enough!: () => void;
  const gotEnough = new Promise<void>((r) => (enough = r));
  subscriber.on("message", (topic, payload) => {
    messages.push({ topic, payload: payload.toString() });
    if (messages.length >= wanted) enough();
  });
  await subscriber.subscribeAsync("+/home/living_room/light");

  const flashDir = mkdtempSync(join(tmpdir(), "tsmp-e2e-flash-"));
  cleanups.push(() => rmSync(flashDir, { recursive: true, force: true }));
  const sim = await startSim({ fsDir: flashDir });
  cleanups.push(() => sim.stop());
  const report = await flashProject(sim.path, outDir, {});
  expect(report.filesSent).toBeGreaterThanOrEqual(3);

  await Promise.race([
    gotEnough,
    new Promise((_, fail) => setTimeout(() => fail(new Error(`only ${messages.length} messages within 30 s: ${JSON.stringify(messages)}`)), 30_000)),
  ]);
  return messages;
}

function expectLightMessages(messages: Array<{ topic: string; payload: string }>) {
  expect(messages.length).toBeGreaterThanOrEqual(3);
  const topics = new Set(messages.map((m) => m.topic));
  expect(topics.size).toBe(1);
  expect([...topics][0]).toMatch(/^[0-9a-f]{12}\/home\/living_room\/light$/);
  const parsed = messages.map((m) => JSON.parse(m.payload) as { light: string; count: number });
  for (const p of parsed) expect(["on", "off"]).toContain(p.light);
  // Counts go up by one per message and the light toggles each time.
  for (let i = 1; i < parsed.length; i++) {
    expect(parsed[i]!.count).toBe(parsed[i - 1]!.count + 1);
    expect(parsed[i]!.light).not.toBe(parsed[i - 1]!.light);
  }
}

describe("light-status example end to end on the virtual board", () => {
  it("publishes to mosquitto (Debian) through the pty-flashed board", async () => {
    if (!mosquittoAvailable()) return expect.fail("mosquitto missing: apt-get install -y mosquitto");
    const broker = await startMosquitto();
    cleanups.push(() => broker.stop());
    expectLightMessages(await flashExampleAndCollect(broker, 3));
  }, 90_000);

  it("publishes to aedes (npm) through the pty-flashed board", async () => {
    const broker = await startAedes();
    cleanups.push(() => broker.stop());
    expectLightMessages(await flashExampleAndCollect(broker, 3));
  }, 90_000);
});
