/**
 * The bytes umqttsimple puts on the wire, and how it handles what a broker may do, checked with a
 * scripted broker (test/helpers/mqtt-script-broker.ts) while the client runs on MicroPython:
 * CONNECT fields, MQTT 3.1, refused connections, DUP re-sends and PUBREL after reconnect, incoming
 * QoS 2 exactly once across a reconnect, a dead broker, a broker that stalls mid-packet, oversized
 * packets, refused subscriptions and reconn=True restoring subscriptions.
 */
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { startScriptBroker, type ScriptBroker, type ScriptConnection } from "../helpers/mqtt-script-broker.ts";
import { encode, type ConnectPacket, type Packet } from "../helpers/mqtt-codec.ts";
import { runOnBoard, type RunResult } from "../helpers/mqtt-micropython.ts";
import { PRELUDE } from "./programs.ts";

const seen = new Map<string, number>(); // connections per client id
const log: Record<string, Packet[]> = {};
const connack = (sessionPresent = false, returnCode = 0) => encode({ type: "connack", sessionPresent, returnCode });

async function script(conn: ScriptConnection): Promise<void> {
  const first = (await conn.next()) as ConnectPacket | null;
  if (!first || first.type !== "connect") return conn.end();
  const id = first.clientId;
  const n = (seen.get(id) ?? 0) + 1;
  seen.set(id, n);
  const packets = (log[id] ??= []);
  packets.push(first);
  const next = async (ms = 5000) => { const p = await conn.next(ms); if (p) packets.push(p); return p; };
  switch (id) {
    case "fast":
      conn.send(connack());
      while (await next(3000)) { /* record every PUBLISH until DISCONNECT */ }
      return;
    case "fields": case "v3":
      conn.send(connack());
      await next();
      return conn.end();
    case "refused4": return conn.send(connack(false, 4));
    case "refused1": return conn.send(connack(false, 1));
    case "dup":
      if (n === 1) {
        conn.send(connack());
        await next(); // PUBLISH qos 1: no PUBACK, drop the line
        return conn.end();
      }
      if (n === 2) {
        conn.send(connack(true));
        const again = await next(); // the same PUBLISH with DUP
        if (again?.type === "publish") conn.send(encode({ type: "puback", packetId: again.packetId! }));
        const q2 = await next(); // PUBLISH qos 2: PUBREC, then drop before PUBCOMP
        if (q2?.type === "publish") conn.send(encode({ type: "pubrec", packetId: q2.packetId! }));
        await next(); // PUBREL
        return conn.end();
      }
      conn.send(connack(true));
      { const rel = await next(); if (rel?.type === "pubrel") conn.send(encode({ type: "pubcomp", packetId: rel.packetId })); }
      await next();
      return conn.end();
    case "qos2in":
      if (n === 1) {
        conn.send(connack());
        const pub = encode({ type: "publish", topic: "in/q2", payload: Buffer.from("once"), qos: 2, retain: false, dup: false, packetId: 9 });
        conn.send(pub);
        conn.send(encode({ type: "publish", topic: "in/q2", payload: Buffer.from("once"), qos: 2, retain: false, dup: true, packetId: 9 }));
        await next(); await next(); // two PUBRECs
        return conn.end(); // dropped before PUBREL
      }
      conn.send(connack(true));
      conn.send(encode({ type: "publish", topic: "in/q2", payload: Buffer.from("once"), qos: 2, retain: false, dup: true, packetId: 9 }));
      await next(); // PUBREC
      conn.send(encode({ type: "pubrel", packetId: 9 }));
      await next(); // PUBCOMP
      conn.send(encode({ type: "publish", topic: "in/q2", payload: Buffer.from("next"), qos: 2, retain: false, dup: false, packetId: 9 }));
      await next(); // PUBREC
      conn.send(encode({ type: "pubrel", packetId: 9 }));
      await next(); await next();
      return conn.end();
    case "dead":
      conn.send(connack());
      while (await next(10_000)) { /* never answers PINGREQ */ }
      return;
    case "stall":
      conn.send(connack());
      conn.send(encode({ type: "publish", topic: "stall/t", payload: Buffer.from("0123456789"), qos: 0, retain: false, dup: false }).subarray(0, 6));
      await conn.next(10_000);
      return;
    case "big":
      conn.send(connack());
      conn.send(encode({ type: "publish", topic: "big/t", payload: Buffer.alloc(500, 65), qos: 0, retain: false, dup: false }));
      await conn.next(5000);
      return;
    case "subno": {
      conn.send(connack());
      const s = await next();
      if (s?.type === "subscribe") conn.send(encode({ type: "suback", packetId: s.packetId, granted: [0x80] }));
      await next();
      return conn.end();
    }
    case "rx2cap": {
      conn.send(connack());
      const burst: Buffer[] = [];
      for (let id = 1; id <= 1100; id++) burst.push(encode({ type: "publish", topic: "cap/t", payload: Buffer.from("x"), qos: 2, retain: false, dup: false, packetId: id }));
      conn.send(Buffer.concat(burst)); // and never a PUBREL
      await conn.next(5000);
      return;
    }
    case "reconn": {
      conn.send(connack());
      const s = await next();
      if (s?.type === "subscribe") conn.send(encode({ type: "suback", packetId: s.packetId, granted: [1] }));
      if (n === 1) return conn.end(); // drop: the client must reconnect and subscribe again
      conn.send(encode({ type: "publish", topic: "re/t", payload: Buffer.from("after reconnect"), qos: 1, retain: false, dup: false, packetId: 3 }));
      await next(); await next();
      return conn.end();
    }
  }
}

const PROGRAM = (host: string, port: number) => `${PRELUDE}
H, P = "${host}", ${port}
c = MQTTClient("fields", H, P, user="u", password="p", keepalive=7)
c.set_last_will("will/t", b"bye", retain=True, qos=2)
c.connect(clean_session=False)
c.disconnect()
c = MQTTClient("v3", H, P, version=3)
c.connect()
c.disconnect()
print("refused4:", raises(lambda: MQTTClient("refused4", H, P).connect()))
print("refused1:", raises(lambda: MQTTClient("refused1", H, P).connect()))

c = MQTTClient("dup", H, P, timeout=2)
c.connect(clean_session=False)
e1 = raises(lambda: c.publish("dup/t", "one", qos=1))
check("publish fails when the line drops", e1 is not None, e1)
check("message kept until acknowledged", c.pending() == 1, c.pending())
c.connect(clean_session=False)  # re-sends with DUP; the broker acknowledges
settle(c, 300)
check("acknowledged after DUP re-send", c.pending() == 0, c.pending())
e2 = raises(lambda: c.publish("dup/t", "two", qos=2))
check("qos 2 publish fails after PUBREC when the line drops", e2 is not None and c.pending() == 1, (e2, c.pending()))
c.connect(clean_session=False)  # re-sends PUBREL
settle(c, 300)
check("qos 2 completed with PUBREL after reconnect", c.pending() == 0, c.pending())
c.disconnect()

c = MQTTClient("qos2in", H, P, timeout=2)
c.set_callback(cb)
c.connect(clean_session=False)
print("drop:", raises(lambda: [c.wait_msg() for i in range(3)]))
c.connect(clean_session=False)
drain(c, 2)
settle(c, 300)
check("incoming qos 2 delivered exactly once across DUPs and a reconnect", got == [(b"in/q2", b"once"), (b"in/q2", b"next")], got)

c = MQTTClient("dead", H, P, keepalive=2)
c.connect()
t0 = time.ticks_ms()
err = raises(lambda: [c.wait_msg() for i in range(10)])
dt = time.ticks_diff(time.ticks_ms(), t0)
print("dead:", dt, err)
check("dead broker detected within 1.5 x keepalive", err is not None and "did not answer" in err and dt <= 3000, (dt, err))

c = MQTTClient("stall", H, P, timeout=1)
c.connect()
t0 = time.ticks_ms()
err = raises(lambda: c.wait_msg())
dt = time.ticks_diff(time.ticks_ms(), t0)
print("stall:", dt, err)
check("stalled mid-packet raises within timeout", err is not None and "middle of a packet" in err and dt < 2000, (dt, err))

c = MQTTClient("big", H, P, max_packet=100)
c.connect()
err = raises(lambda: c.wait_msg())
print("big:", err)
check("oversized packet raises", err is not None and "max_packet" in err, err)

c = MQTTClient("subno", H, P)
c.connect()
err = raises(lambda: c.subscribe("no/t", 1))
print("subno:", err)
check("refused subscription raises", err is not None and "refused the subscription" in err, err)
c.disconnect()

c = MQTTClient("fast", H, P)
c.connect()
for args in (("f/t", "a"), ("f/t", "bb", True), ("f/t", "bb"), ("f/t", "x" * 200), (b"f/u", b"c"), ("f/t", bytearray(b"a")), ("f/t", "q1", False, 1)):
    if len(args) == 4:
        c.publish(*args, wait=False)
    else:
        c.publish(*args)
c.disconnect()

n_cap = [0]
def count_cap(t, m):
    n_cap[0] += 1
c = MQTTClient("rx2cap", H, P)
c.set_callback(count_cap)
c.connect()
err = raises(lambda: [c.wait_msg() for i in range(2000)])
print("rx2cap:", n_cap[0], err)
check("QoS 2 ids waiting for PUBREL are bounded", n_cap[0] == 1024 and err is not None and "without PUBREL" in err, (n_cap[0], err))

del got[:]
c = MQTTClient("reconn", H, P, reconn=True, backoff_ms=50)
c.set_callback(cb)
c.connect()
c.subscribe("re/t", 1)
c.wait_msg()
check("reconn=True reconnects and restores subscriptions", got == [(b"re/t", b"after reconnect")] and c.get_mqttsta() == 1, (got, c.get_mqttsta()))
c.close()
print("DONE")
`;

describe("umqttsimple on the wire (scripted broker, MicroPython)", () => {
  let broker: ScriptBroker;
  let result: RunResult;
  beforeAll(async () => {
    broker = await startScriptBroker(script);
    result = await runOnBoard(PROGRAM(broker.host, broker.port), { timeoutMs: 40_000 });
  }, 60_000);
  afterAll(async () => { await broker?.close(); });

  it("runs every scenario without a FAIL", () => {
    console.log(result.lines.filter((l) => !l.startsWith("OK")).join("\n"));
    const fails = result.lines.filter((l) => l.startsWith("FAIL"));
    expect({ fails, stderr: result.stderr, exit: result.exitCode }).toEqual({ fails: [], stderr: "", exit: 0 });
    expect(result.lines.filter((l) => l.startsWith("OK")).length).toBe(12);
    expect(result.lines.at(-1)).toBe("DONE");
  });

  it("sends CONNECT with every field right (3.1.1 and 3.1)", () => {
    const connect = log["fields"]![0] as ConnectPacket;
    expect(connect).toEqual({
      type: "connect", protocolName: "MQTT", protocolLevel: 4, cleanSession: false, keepalive: 7, clientId: "fields",
      will: { topic: "will/t", payload: Buffer.from("bye"), qos: 2, retain: true }, username: "u", password: Buffer.from("p"),
    });
    const raw = broker.connections.find((c) => (c.received[0]?.packet as ConnectPacket).clientId === "fields")!.received;
    expect(raw[0]!.raw).toEqual(encode(connect));
    expect(raw[1]!.raw).toEqual(Buffer.from([0xe0, 0]));
    const v3 = log["v3"]![0] as ConnectPacket;
    expect([v3.protocolName, v3.protocolLevel, v3.cleanSession, v3.keepalive]).toEqual(["MQIsdp", 3, true, 0]);
  });

  it("explains a refused connection", () => {
    expect(result.lines).toContain("refused4: broker refused the connection: bad user name or password (code 4)");
    expect(result.lines).toContain("refused1: broker refused the connection: protocol version not supported (try version=3) (code 1)");
  });

  it("re-sends with DUP and the same packet id, and PUBREL after PUBREC", () => {
    const p = log["dup"]!.filter((x) => x.type === "publish" || x.type === "pubrel");
    const [first, again, q2, rel1, rel2] = p as any[];
    expect(first).toMatchObject({ type: "publish", qos: 1, dup: false, topic: "dup/t" });
    expect(again).toMatchObject({ type: "publish", qos: 1, dup: true, topic: "dup/t", packetId: first.packetId, payload: Buffer.from("one") });
    expect(q2).toMatchObject({ type: "publish", qos: 2, dup: false, payload: Buffer.from("two") });
    expect(rel1).toEqual({ type: "pubrel", packetId: q2.packetId });
    expect(rel2).toEqual({ type: "pubrel", packetId: q2.packetId });
  });

  it("answers incoming QoS 2 with PUBREC and PUBCOMP", () => {
    const types = log["qos2in"]!.map((p) => p.type + ("packetId" in p ? `:${p.packetId}` : ""));
    expect(types).toEqual(["connect", "pubrec:9", "pubrec:9", "connect", "pubrec:9", "pubcomp:9", "pubrec:9", "pubcomp:9"]);
  });

  it("writes QoS 0 publishes exactly (topic checked once, retain flag, lengths, long messages)", () => {
    const pubs = log["fast"]!.filter((p) => p.type === "publish").map((p: any) => [p.topic, p.payload.toString(), p.qos, p.retain, p.dup]);
    expect(pubs).toEqual([
      ["f/t", "a", 0, false, false],
      ["f/t", "bb", 0, true, false],
      ["f/t", "bb", 0, false, false],
      ["f/t", "x".repeat(200), 0, false, false],
      ["f/u", "c", 0, false, false],
      ["f/t", "a", 0, false, false],
      ["f/t", "q1", 1, false, false],
    ]);
    expect(log["fast"]!.at(-1)!.type).toBe("disconnect");
  });

  it("re-subscribes after reconn=True reconnects", () => {
    const subs = log["reconn"]!.filter((p) => p.type === "subscribe");
    expect(subs.length).toBe(2);
    expect(seen.get("reconn")).toBe(2);
  });
});
