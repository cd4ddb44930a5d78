/**
 * Hostile broker: a scripted broker replays more than 10,000 fuzzed and malformed packets at
 * umqttsimple running on MicroPython. Each connection gets a burst of structurally valid packets
 * with random contents (PUBLISH of every QoS with random topics, payloads, flags and ids; acks for
 * unknown ids; PINGRESP), then one broken tail: a remaining length over 4 bytes, a packet over
 * max_packet, an unknown or client-only packet type, wrong lengths, QoS 3, a topic running past
 * the end, random bytes, a flipped bit, a truncated packet, or a broker that stops mid-packet.
 * Some connections get a broken CONNACK instead. Pass: no hang, no error but MQTTException, every
 * valid PUBLISH delivered, and the heap does not grow.
 */
import { describe, it, expect, afterAll } from "vitest";
import { startScriptBroker, type ScriptBroker, type ScriptConnection } from "../helpers/mqtt-script-broker.ts";
import { encode, encodeLength } from "../helpers/mqtt-codec.ts";
import { runMicroPython, runOnBoard } from "../helpers/mqtt-micropython.ts";

const CONNECTIONS = 500;
const MAX_PACKET = 1024;
const FENCE = 65535;

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const stats = { packets: 0, validPublishes: 0, randomTails: 0, tails: new Map<string, number>() };

function validPacket(r: () => number): { bytes: Buffer; publish: boolean } {
  const int = (n: number) => Math.floor(r() * n);
  const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => int(256)));
  const kind = int(10);
  if (kind < 6) {
    const qos = int(3);
    const topicLen = 1 + int(40);
    const topic = r() < 0.3 ? bytes(topicLen).toString("latin1") : "fz/" + "abcdefgh".slice(0, 1 + int(8)) + "/" + int(1000);
    const payload = bytes(int(r() < 0.1 ? MAX_PACKET - 100 : 64));
    return { bytes: encode({ type: "publish", topic, payload, qos, retain: r() < 0.3, dup: r() < 0.3, packetId: 1 + int(65000) }), publish: true };
  }
  const packetId = 1 + int(65535);
  const bytesOut = [
    () => encode({ type: "puback", packetId }),
    () => encode({ type: "pubrec", packetId }),
    () => encode({ type: "pubrel", packetId }),
    () => encode({ type: "pubcomp", packetId }),
    () => encode({ type: "pingresp" }),
    () => encode({ type: "unsuback", packetId }),
  ][kind - 6 + int(3)]!();
  return { bytes: bytesOut, publish: false };
}

function brokenTail(r: () => number): { bytes: Buffer; name: string; close: boolean } {
  const int = (n: number) => Math.floor(r() * n);
  const random = (n: number) => Buffer.from(Array.from({ length: n }, () => int(256)));
  const pick = int(11);
  switch (pick) {
    case 0: return { name: "remaining length over 4 bytes", bytes: Buffer.from([0x30, 0xff, 0xff, 0xff, 0xff, 0x01]), close: true };
    case 1: return { name: "over max_packet", bytes: Buffer.concat([Buffer.from([0x30]), encodeLength(MAX_PACKET + 1 + int(1_000_000)), random(20)]), close: true };
    case 2: return { name: "unknown or client-only type", bytes: Buffer.from([[0x00, 0x10, 0x80, 0xa2, 0xc0, 0xe0, 0xf0, 0x0f][int(8)]!, 0]), close: true };
    case 3: return { name: "ack with wrong length", bytes: Buffer.concat([Buffer.from([[0x40, 0x50, 0x62, 0x70, 0xb0][int(5)]!, 3]), random(3)]), close: true };
    case 4: return { name: "pingresp with a body", bytes: Buffer.from([0xd0, 1, 0]), close: true };
    case 5: return { name: "qos 3 publish", bytes: Buffer.from([0x36, 5, 0, 1, 65, 0, 1]), close: true };
    case 6: return { name: "topic past the end", bytes: Buffer.from([0x30, 4, 0, 50, 65, 66]), close: true };
    case 7: { stats.randomTails++; return { name: "random bytes", bytes: random(1 + int(40)), close: true }; }
    case 8: {
      stats.randomTails++;
      const v = Buffer.from(validPacket(r).bytes);
      const i = int(v.length);
      v[i] = v[i]! ^ (1 << int(8));
      return { name: "flipped bit", bytes: v, close: true };
    }
    case 9: { const v = validPacket(r).bytes; return { name: "truncated then closed", bytes: v.subarray(0, 1 + int(v.length - 1)), close: true }; }
    default: {
      if (int(8) === 0) { const v = validPacket(r).bytes; return { name: "stops mid-packet", bytes: v.subarray(0, 1 + int(Math.max(1, v.length - 2))), close: false }; }
      return { name: "short publish", bytes: Buffer.from([0x30, 1, 0]), close: true };
    }
  }
}

function badConnack(r: () => number): Buffer {
  const int = (n: number) => Math.floor(r() * n);
  return [
    Buffer.from([0x20, 2, 0, 1 + int(255)]),
    Buffer.from([0x20, 3, 0, 0, 0]),
    Buffer.from([0x30, 2, 0, 0]),
    Buffer.from([0x20, 0xff, 0xff, 0xff, 0xff, 0x7f]),
    Buffer.from([0x20]),
  ][int(5)]!;
}

async function script(conn: ScriptConnection): Promise<void> {
  const r = rng(1000 + conn.index);
  const connect = await conn.next(5000);
  if (!connect) return conn.end();
  const count = (name: string) => stats.tails.set(name, (stats.tails.get(name) ?? 0) + 1);
  if (r() < 0.05) {
    conn.send(badConnack(r));
    stats.packets++;
    count("broken CONNACK");
    conn.end();
    return;
  }
  conn.send(encode({ type: "connack", sessionPresent: false, returnCode: 0 }));
  const burst: Buffer[] = [];
  const n = 15 + Math.floor(r() * 20);
  for (let i = 0; i < n; i++) {
    const p = validPacket(r);
    burst.push(p.bytes);
    if (p.publish) stats.validPublishes++;
  }
  // A QoS 1 fence ends the burst: once its PUBACK is back, the client has handled every packet
  // before it, and only then comes the broken tail (a closed line cannot lose the burst).
  burst.push(encode({ type: "publish", topic: "fz/fence", payload: Buffer.from("f"), qos: 1, retain: false, dup: false, packetId: FENCE }));
  stats.validPublishes++;
  stats.packets += burst.length;
  conn.send(Buffer.concat(burst));
  for (;;) {
    const p = await conn.next(5000);
    if (!p) return conn.end();
    if (p.type === "puback" && p.packetId === FENCE) break;
  }
  const tail = brokenTail(r);
  count(tail.name);
  stats.packets++;
  conn.send(tail.bytes);
  if (tail.close) conn.end();
  await conn.closed;
}

const SETUP = (host: string, port: number) => `
import gc, sys, time
from umqttsimple import MQTTClient, MQTTException
H, P = "${host}", ${port}
calls = [0]
def cb(t, m):
    calls[0] += 1
errs = {}
bad = [0]
longest = [0]
heap = []
def run(first, last):
    for i in range(first, last):
        c = MQTTClient("fz%d" % i, H, P, timeout=0.4, max_packet=${MAX_PACKET})
        c.set_callback(cb)
        t0 = time.ticks_ms()
        try:
            c.connect()
            while True:
                c.wait_msg()
        except MQTTException as e:
            k = "".join(ch for ch in str(e).split("(")[0] if not ch.isdigit()).strip()
            errs[k] = errs.get(k, 0) + 1
        except Exception as e:
            bad[0] += 1
            print("BAD", i, type(e).__name__, e)
            sys.print_exception(e)
        longest[0] = max(longest[0], time.ticks_diff(time.ticks_ms(), t0))
        c.disconnect()
`;
const REPORT = `print("CALLBACKS", calls[0])
print("OTHER", bad[0])
print("LONGEST", longest[0])
for k in errs:
    print("ERR", errs[k], k)`;

describe("umqttsimple against a hostile broker (MicroPython)", () => {
  let broker: ScriptBroker | undefined;
  afterAll(async () => { await broker?.close(); });

  it(`survives > 10,000 fuzzed and malformed packets over ${CONNECTIONS} connections with only MQTTException`, async () => {
    broker = await startScriptBroker(script);
    const t0 = Date.now();
    const result = await runOnBoard([SETUP(broker.host, broker.port), `run(0, ${CONNECTIONS})`, REPORT].join("\n"), { timeoutMs: 100_000 });
    const seconds = (Date.now() - t0) / 1000;
    const value = (key: string) => Number(result.lines.find((l) => l.startsWith(key + " "))?.split(" ")[1]);
    console.log(`hostile: ${stats.packets} packets, ${CONNECTIONS} connections in ${seconds.toFixed(1)} s; tails ${JSON.stringify(Object.fromEntries(stats.tails))}`);
    console.log(result.lines.filter((l) => !l.startsWith("CALLBACKS")).join("\n"), `exit ${result.exitCode}`, result.stderr);
    expect(result.exitCode).toBe(0); // 124 would be a hang
    expect(result.stderr).toBe("");
    expect(stats.packets).toBeGreaterThanOrEqual(10_000);
    expect(value("OTHER")).toBe(0);
    expect(result.lines.filter((l) => l.startsWith("BAD"))).toEqual([]);
    expect(value("CALLBACKS")).toBeGreaterThanOrEqual(stats.validPublishes);
    expect(value("CALLBACKS")).toBeLessThanOrEqual(stats.validPublishes + stats.randomTails);
    expect(value("LONGEST")).toBeLessThan(2000);
    const errors = result.lines.filter((l) => l.startsWith("ERR ")).reduce((sum, l) => sum + Number(l.split(" ")[1]), 0);
    expect(errors).toBe(CONNECTIONS);
  }, 120_000);

  it("keeps the heap flat across 200 hostile connections", async () => {
    // The bridge runner runs steps in one VM so the WebAssembly port's GC can free garbage
    // between them; the live heap after 20 connections and after 200 must match closely.
    broker ??= await startScriptBroker(script);
    const result = await runMicroPython([
      SETUP(broker.host, broker.port),
      "run(0, 20)",
      "gc.collect(); heap.append(gc.mem_alloc())",
      "run(20, 200)",
      "c = None",
      "gc.collect(); heap.append(gc.mem_alloc())",
      `print("HEAP", heap[1] - heap[0])\n${REPORT}`,
    ], { timeoutMs: 60_000 });
    const heap = Number(result.lines.find((l) => l.startsWith("HEAP "))?.split(" ")[1]);
    console.log(`hostile heap growth over 180 connections: ${heap} bytes`);
    expect(result.exitCode).toBe(0);
    expect(result.lines.filter((l) => l.startsWith("BAD"))).toEqual([]);
    expect(heap).toBeLessThan(2048);
  }, 90_000);
});
