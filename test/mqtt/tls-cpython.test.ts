/**
 * The same umqttsimple on CPython 3: ssl=True with CPython's ssl against a mosquitto TLS listener
 * whose certificate is made here with openssl and verified by the client, a plain connection, and a
 * stream with only readinto/write (the shape of MicroPython's TLS socket). TLS on MicroPython itself
 * is tls-micropython.test.ts.
 */
import { describe, it, expect, afterAll } from "vitest";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { startMosquitto, mosquittoAvailable, type TestBroker } from "../helpers/brokers.ts";
import { freePort } from "../helpers/free-port.ts";
import { repoRoot } from "../helpers/mqtt-micropython.ts";
import { makeTestCerts } from "../helpers/test-certs.ts";

const PROGRAM = (port: number, tlsPort: number, ca: string) => `
import sys, ssl, time
sys.path.insert(0, ${JSON.stringify(join(repoRoot, "runtime-py"))})
from umqttsimple import MQTTClient, MQTTException
got = []
ctx = ssl.create_default_context(cafile=${JSON.stringify(ca)})
c = MQTTClient("tls-client", "localhost", ${tlsPort}, keepalive=5, ssl=True, ssl_params={"context": ctx})
c.set_callback(lambda t, m: got.append((t, m)))
c.connect()
c.subscribe("tls/t", 2)
for q in (0, 1, 2):
    c.publish("tls/t", "over tls %d" % q, qos=q)
t0 = time.monotonic()
while len(got) < 3 and time.monotonic() - t0 < 5:
    c.check_msg()
    time.sleep(0.01)
print("TLS", sorted(m.decode() for t, m in got))
c.disconnect()
bad = MQTTClient("tls-bad", "localhost", ${tlsPort}, ssl=True, ssl_params={"context": ssl.create_default_context()})
try:
    bad.connect()
    print("UNVERIFIED accepted")
except MQTTException as e:
    print("REJECTED", str(e)[:40])
p = MQTTClient("plain", "127.0.0.1", ${port})
p.connect()
p.publish("plain/t", b"hello", qos=1)
p.disconnect()
print("PLAIN ok")

# A stream with only readinto/write, like MicroPython's TLS socket: the client must wait with poll
# and read without blocking (a blocking readinto would wait for a whole buffer).
class ReadintoOnly:
    def __init__(self, s):
        self.s = s
    def fileno(self):
        return self.s.fileno()
    def settimeout(self, t):
        self.s.settimeout(t)
    def readinto(self, buf):
        try:
            return self.s.recv_into(buf)
        except BlockingIOError:
            return None
    def write(self, d):
        self.s.sendall(d)
        return len(d)
    def close(self):
        self.s.close()
class Wrap:
    def wrap_socket(self, s, server_hostname=None):
        return ReadintoOnly(s)
got = []
r = MQTTClient("readinto", "127.0.0.1", ${port}, keepalive=5, ssl=True, ssl_params={"context": Wrap()})
r.set_callback(lambda t, m: got.append(m))
r.connect()
r.subscribe("ri/t", 1)
for i in range(3):
    r.publish("ri/t", "m%d" % i, qos=1)
t0 = time.monotonic()
while len(got) < 3 and time.monotonic() - t0 < 5:
    r.check_msg()
print("READINTO", got, r.pending())
r.disconnect()
`;

describe.runIf(mosquittoAvailable())("umqttsimple TLS and CPython check", () => {
  let broker: TestBroker | undefined;
  afterAll(async () => { await broker?.stop(); });

  it("connects over TLS with a verified certificate, QoS 0/1/2 round trip, refuses an unknown CA; readinto-only streams work", async () => {
    const { dir } = makeTestCerts();
    const tlsPort = await freePort();
    broker = await startMosquitto({
      extraConfig: `listener ${tlsPort} 127.0.0.1\ncafile ${dir}/ca.crt\ncertfile ${dir}/server.crt\nkeyfile ${dir}/server.key\n`,
    });
    const r = spawnSync("python3", ["-c", PROGRAM(broker.port, tlsPort, join(dir, "ca.crt"))], { encoding: "utf8", timeout: 30_000 });
    expect(r.stderr).toBe("");
    expect(r.stdout.split("\n").filter(Boolean)).toEqual([
      "TLS ['over tls 0', 'over tls 1', 'over tls 2']",
      expect.stringMatching(/^REJECTED cannot reach the broker/),
      "PLAIN ok",
      "READINTO [b'm0', b'm1', b'm2'] 0",
    ]);
  }, 60_000);
});
