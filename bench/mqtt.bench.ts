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

// The client and the raw-socket loop run in alternating rounds in the same VM, taking turns at going
// first (so a machine hiccup or the broker's back-pressure hits both alike); the ratio reported is
// the median of the per-round ratios. A round is long (~60 ms a side) because the port's ticks_us
// moves in whole milliseconds.
const ROUNDS = 24;
const PER_ROUND = 300;
const PROGRAM = (host: string, port: number) => `
import socket, time
from umqttsimple import MQTTClient
H, P = "${host}", ${port}
PAYLOAD = b"${PAYLOAD}"
c = MQTTClient("bench-umqtt", H, P)
c.connect()
# The raw baseline: its own connection (same socket module), the very PUBLISH bytes umqttsimple
# writes, built once, written with one write() per message.
topic = b"bench/q0"
pkt = bytes([0x30, 2 + len(topic) + len(PAYLOAD), 0, len(topic)]) + topic + PAYLOAD
cid = b"bench-raw"
body = b"\\x00\\x04MQTT\\x04\\x02\\x00\\x00" + bytes([0, len(cid)]) + cid
s = socket.socket()
s.connect(socket.getaddrinfo(H, P)[0][-1])
s.write(bytes([0x10, len(body)]) + body)
s.read(4)
def client(n):
    t0 = time.ticks_us()
    for i in range(n):
        c.publish("bench/q0", PAYLOAD)
    return time.ticks_diff(time.ticks_us(), t0)
def raw(n):
    t0 = time.ticks_us()
    for i in range(n):
        s.write(pkt)
    return time.ticks_diff(time.ticks_us(), t0)
client(100)
raw(100)
tc = tr = 0
ratios = []
for r in range(${ROUNDS}):
    if r % 2:
        dr = raw(${PER_ROUND})
        dc = client(${PER_ROUND})
    else:
        dc = client(${PER_ROUND})
        dr = raw(${PER_ROUND})
    tc += dc
    tr += dr
    ratios.append(dr / dc)
ratios.sort()
print("Q0", ${ROUNDS * PER_ROUND} * 1000000 / tc)
print("RAW", ${ROUNDS * PER_ROUND} * 1000000 / tr)
print("RATIO", ratios[len(ratios) // 2])
print("RATIO_IQR", ratios[len(ratios) // 4], ratios[len(ratios) * 3 // 4])
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

/**
 * Heap kept by `import umqttsimple` on a fresh MicroPython VM: gc.collect() before and after, each
 * in its own step (the WebAssembly port frees garbage only between top-level runs). `socket` is an
 * empty module imported first, and the names the client uses from the board's socket, ssl and
 * select modules are interned first, as identifiers (a str constant over 10 characters would not be
 * interned): on an ESP32 those modules are built in, their names in ROM
 * (this port has no socket module, and a Python stand-in would intern more for the client).
 * Also reported: how much of it is the qstr pool (new names; the pool grows by doubling, so this
 * part depends on what was interned before), and the same import with the pool already grown (as
 * after a bigger main.py), which counts only the names' text.
 */
async function importHeap(): Promise<{ fresh: number; qstrPool: number; newNames: number; pooled: number }> {
  const boardRom = ["getaddrinfo", "connect", "settimeout", "sendall", "recv", "write", "close", "readinto", "wrap_socket", "server_hostname", "poll", "register", "POLLIN"];
  const measure = async (prelude: string) => {
    const r = await runMicroPython([
      `import gc, micropython, socket\n${boardRom.join(" = ")} = 0\ngc.collect()`,
      prelude,
      "gc.collect(); a = gc.mem_alloc()",
      "import umqttsimple",
      "gc.collect(); print(gc.mem_alloc() - a); micropython.qstr_info()",
    ], { files: { "socket.py": "" } });
    const pools = r.lines.filter((l) => l.startsWith("qstr pool"));
    return { heap: Number(r.lines.find((l) => /^-?\d+$/.test(l))), before: pools[0], after: pools.at(-1) };
  };
  const qstr = (line: string | undefined, key: string) => Number(new RegExp(key + "=(\\d+)").exec(line ?? "")?.[1]);
  const fresh = await measure("micropython.qstr_info()");
  const pooled = await measure(Array.from({ length: 150 }, (_, i) => `name_${i}`).join(" = ") + " = 0");
  return {
    fresh: fresh.heap,
    qstrPool: qstr(fresh.after, "n_total_bytes") - qstr(fresh.before, "n_total_bytes"),
    newNames: qstr(fresh.after, "n_qstr") - qstr(fresh.before, "n_qstr"),
    pooled: pooled.heap,
  };
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
    const iqr = (r.lines.find((l) => l.startsWith("RATIO_IQR ")) ?? "").split(" ").slice(1).map((v) => Number(v).toFixed(3)).join("–");
    const raw = value("RAW");
    return [
      { name: "QoS 0 publish rate, umqttsimple / raw socket (same VM)", value: value("RATIO"), unit: "x", target: ">= 0.9", note: `median of ${ROUNDS} rounds of ${PER_ROUND}, taking turns at going first; middle half ${iqr}` },
      { name: "QoS 0 publish, umqttsimple on MicroPython", value: q0, unit: "msg/s", note: "32-byte payload, mosquitto on loopback" },
      { name: "QoS 0 raw-socket loop on MicroPython", value: raw, unit: "msg/s", note: "same PUBLISH bytes, same VM" },
      { name: "QoS 1 publish, umqttsimple on MicroPython", value: value("Q1"), unit: "msg/s", note: "waits for each PUBACK" },
      { name: "QoS 0 publish, MQTT.js in Node", value: js.q0, unit: "msg/s", note: "reference" },
      { name: "QoS 1 publish, MQTT.js in Node", value: js.q1, unit: "msg/s", note: "reference, awaits each PUBACK" },
      { name: "umqttsimple heap after import, fresh VM (MicroPython)", value: heap.fresh, unit: "bytes", target: "< 8192", note: `of which qstr pool ${heap.qstrPool} bytes for ${heap.newNames} new names` },
      { name: "umqttsimple heap after import, qstr pool already grown", value: heap.pooled, unit: "bytes", note: "names' text only, no pool growth" },
      { name: "umqttsimple.py source size", value: size, unit: "bytes" },
    ];
  } finally {
    await broker.stop();
  }
}
