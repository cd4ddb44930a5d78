/**
 * boards/types/umqttsimple.d.ts: TypeScript checks every MQTTClient method, option and callback
 * (wrong calls are build errors with their line), and a correct program builds with
 * lib/umqttsimple.py included.
 */
import { describe, it, expect } from "vitest";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildProject } from "../../compiler/index.ts";
import { clientSource } from "../helpers/mqtt-micropython.ts";

function project(main: string): string {
  const dir = mkdtempSync(join(tmpdir(), "tsmp-mqtt-types-"));
  mkdirSync(join(dir, "src"));
  writeFileSync(join(dir, "src", "main.ts"), main);
  return dir;
}

describe("umqttsimple type declarations", () => {
  it("accept the tutorial's calls and the extras, and ship the client", async () => {
    const dir = project(`import { MQTTClient, MQTTException } from "umqttsimple";
function onMessage(topic: bytes, msg: bytes): void { console.log(topic.length, msg.length); }
const c = new MQTTClient("id", "broker.local", 0, "user", "pass", 60, false, {}, true, 3, 0, 2048, 5, 100, 4000);
c.set_callback(onMessage);
c.set_last_will("s/status", "offline", true, 1);
const present: number = c.connect(false);
c.subscribe("s/+/cmd", 2);
c.unsubscribe("s/+/cmd");
const id: number = c.publish("s/data", new TextEncoder().encode("x"), false, 2, false);
c.check_msg();
c.wait_msg();
c.ping();
const status = c.get_mqttsta();
console.log(present, id, status, c.pending());
try { c.loop_forever(); } catch (e) { if (e instanceof MQTTException) console.log(e.message); }
c.close();
`);
    const r = await buildProject(dir);
    expect(r.diagnostics.map((d) => `${d.line}: ${d.code} ${d.message}`)).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.files.get("lib/umqttsimple.py")).toBe(clientSource);
    expect(r.files.get("main.py")).toContain("from umqttsimple import");
  }, 60_000);

  it("reject wrong calls with the line of each", async () => {
    const dir = project(`import { MQTTClient } from "umqttsimple";
const c = new MQTTClient("id");
c.publish("t", "m", false, 3);
c.set_callback((topic: string) => console.log(topic));
c.subscribe(42);
c.connect("yes");
c.nosuchmethod();
`);
    const r = await buildProject(dir);
    expect(r.ok).toBe(false);
    const lines = r.diagnostics.filter((d) => d.code.startsWith("TS")).map((d) => d.line);
    expect(lines).toEqual([2, 3, 4, 5, 6, 7]);
  }, 60_000);
});
