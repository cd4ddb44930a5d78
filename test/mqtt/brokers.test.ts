/**
 * Every umqttsimple feature, run on MicroPython (WebAssembly port) against real brokers:
 * mosquitto (Debian, started on a free loopback port) and aedes (npm, the embedded broker).
 */
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import mqtt from "mqtt";
import { startMosquitto, startAedes, mosquittoAvailable, type TestBroker } from "../helpers/brokers.ts";
import { runOnBoard } from "../helpers/mqtt-micropython.ts";
import { featureProgram } from "./programs.ts";

const brokers: Array<[string, () => Promise<TestBroker>]> = [["aedes", startAedes]];
if (mosquittoAvailable()) brokers.unshift(["mosquitto", () => startMosquitto()]);

describe.each(brokers)("umqttsimple on MicroPython against %s", (name, start) => {
  let broker: TestBroker;
  beforeAll(async () => { broker = await start(); });
  afterAll(async () => { await broker?.stop(); });

  it("does QoS 0/1/2 both ways, wildcards, retain, will, 3.1, persistent sessions, topic checks, keepalive", async () => {
    const tag = `t${name}`;
    // A Node client publishes the "late" message 3 s after the board says it is waiting in wait_msg.
    const helper = await mqtt.connectAsync(`mqtt://${broker.host}:${broker.port}`, { clientId: `${tag}-helper` });
    await helper.subscribeAsync(`${tag}/late-ready`);
    helper.on("message", (topic) => {
      if (topic === `${tag}/late-ready`) setTimeout(() => void helper.publishAsync(`${tag}/late`, "late"), 3000);
    });
    const result = await runOnBoard(featureProgram(broker.host, broker.port, tag), { timeoutMs: 45_000 });
    await helper.endAsync();
    const fails = result.lines.filter((l) => l.startsWith("FAIL"));
    expect({ fails, stderr: result.stderr, exit: result.exitCode }).toEqual({ fails: [], stderr: "", exit: 0 });
    expect(result.lines.filter((l) => l.startsWith("OK")).length).toBe(21);
    expect(result.lines.at(-1)).toBe("DONE");
  });
});
