/**
 * MQTT bench: QoS 0 and QoS 1 publish rates from umqttsimple on MicroPython (the virtual board's
 * WebAssembly VM, via runProgram) to mosquitto on loopback, against a raw-socket loop writing the
 * very same PUBLISH bytes on the same VM in the same run; MQTT.js in Node on the same broker for
 * reference; and the client's import heap and source size on MicroPython.
 */
import { statSync } from "node:fs";
import { join } from "node:path";
import mqtt from "mqtt";
import type { BenchRow } from "./types.ts";
import { startMosquitto } from "../test/helpers/brokers.ts";
import { runOnBoard, runMicroPython, repoRoot } from "../test/helpers/mqtt-micropython.ts";

const N0 = 3000;
const N1 = 600;
const PAYLOAD = "x".repeat(32);

// The client and the raw-socket loop run in alternating rounds, so machine noise hits both alike.
const ROUNDS = 60;
const PROGRAM = (host: string, port: number) => `
import socket, time
from umqttsimple import MQTTClient
H, P = "${host}", ${port}
PAYLOAD = b"${PAYLOAD}"
c = MQTTClient("bench-umqtt", H, P)
c.connect()
# The same PUBLISH bytes umqttsimple writes, from a plain socket loop.
topic = b"bench/q0"
pkt = bytes([0x30, 2 + len(topic) + len(PAYLOAD), 0, len(topic)]) + topic + PAYLOAD
cid = b"bench-raw"
body = b"\\x00\\x04MQTT\\x04\\x02\\x00\\x00" + bytes([0, len(cid)]) + cid
s = socket.socket()
s.connect(socket.getaddrinfo(H, P)[0][-1])
s.write(bytes([0x10, len(body)]) + body)
s.read(4)
for i in range(50):
    c.publish("bench/q0", PAYLOAD)
    s.write(pkt)
tc = tr = 0
ratios = []
per = ${Math.floor(N0 / ROUNDS)}
for r in range(${ROUNDS}):
    t0 = time.ticks_us()
    for i in range(per):
        c.publish("bench/q0", PAYLOAD)
    dc = time.ticks_diff(time.ticks_us(), t0)
    t0 = time.ticks_us()
    for i in range(per):
        s.write(pkt)
    dr = time.ticks_diff(time.ticks_us(), t0)
    tc += dc
    tr += dr
    ratios.append(dr / dc)
ratios.sort()
print("Q0", per * ${ROUNDS} * 1000000 / tc)
print("RAW", per * ${ROUNDS} * 1000000 / tr)
print("RATIO", ratios[len(ratios) // 2])
s.write(b"\\xe0\\x00")
s.close()
t0 = time.ticks_ms()
for i in range(${N1}):
    c.publish("bench/q1", PAYLOAD, qos=1)
print("Q1", ${N1} * 1000 / max(1, time.ticks_diff(time.ticks_ms(), t0)))
c.disconnect()
`;

async function mqttJs(host: string, port: number): Promise<{ q0: number; q1: number }> {
  const client = await mqtt.connectAsync(`mqtt://${host}:${port}`, { clientId: "bench-mqttjs" });
  let t0 = performance.now();
  for (let i = 0; i < N0; i++) await client.publishAsync("bench/q0", PAYLOAD, { qos: 0 });
  const q0 = (N0 * 1000) / (performance.now() - t0);
  t0 = performance.now();
  for (let i = 0; i < N1; i++) await client.publishAsync("bench/q1", PAYLOAD, { qos: 1 });
  const q1 = (N1 * 1000) / (performance.now() - t0);
  await client.endAsync();
  return { q0, q1 };
}

async function importHeap(): Promise<number> {
  const r = await runMicroPython([
    "import gc, socket, struct, time, binascii\ngc.collect()",
    "gc.collect(); a = gc.mem_alloc()",
    "import umqttsimple",
    "gc.collect(); print(gc.mem_alloc() - a)",
  ]);
  return Number(r.lines.at(-1));
}

export default async function bench(): Promise<BenchRow[]> {
  const broker = await startMosquitto();
  try {
    const r = await runOnBoard(PROGRAM(broker.host, broker.port), { timeoutMs: 120_000 });
    const value = (key: string) => Number(r.lines.find((l) => l.startsWith(key + " "))?.split(" ")[1]);
    if (r.exitCode !== 0) throw new Error(`bench program failed: ${r.stderr}`);
    const js = await mqttJs(broker.host, broker.port);
    const heap = await importHeap();
    const size = statSync(join(repoRoot, "runtime-py", "umqttsimple.py")).size;
    const q0 = value("Q0");
    const raw = value("RAW");
    return [
      { name: "QoS 0 publish rate, umqttsimple / raw socket (same VM)", value: value("RATIO"), unit: "x", target: ">= 0.9", note: `median of ${ROUNDS} alternating rounds` },
      { name: "QoS 0 publish, umqttsimple on MicroPython", value: q0, unit: "msg/s", note: "32-byte payload, mosquitto on loopback" },
      { name: "QoS 0 raw-socket loop on MicroPython", value: raw, unit: "msg/s", note: "same PUBLISH bytes, same VM" },
      { name: "QoS 1 publish, umqttsimple on MicroPython", value: value("Q1"), unit: "msg/s", note: "waits for each PUBACK" },
      { name: "QoS 0 publish, MQTT.js in Node", value: js.q0, unit: "msg/s", note: "reference" },
      { name: "QoS 1 publish, MQTT.js in Node", value: js.q1, unit: "msg/s", note: "reference, awaits each PUBACK" },
      { name: "umqttsimple heap after import (MicroPython)", value: heap, unit: "bytes", target: "< 8192" },
      { name: "umqttsimple.py source size", value: size, unit: "bytes" },
    ];
  } finally {
    await broker.stop();
  }
}
