/**
 * MQTT over TLS on MicroPython (issue 5 item 1): umqttsimple on the WebAssembly MicroPython, whose
 * `ssl` module the virtual board bridges to host TLS (sim/tls-upgrade.ts), against a mosquitto TLS
 * listener and aedes behind a Node TLS server, with a CA made here by openssl. A verified connection
 * carries QoS 0/1/2 both ways; an unknown CA or a wrong host name is a clear MQTTException.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createServer, type Server } from "node:tls";
import { Aedes } from "aedes";
import { runProgram } from "../../sim/index.ts";
import { startMosquitto, mosquittoAvailable, type TestBroker } from "../helpers/brokers.ts";
import { freePort } from "../helpers/free-port.ts";
import { repoRoot } from "../helpers/mqtt-micropython.ts";
import { makeTestCerts, type TestCerts } from "../helpers/test-certs.ts";
import { Capture, tempDir } from "../sim/helpers.ts";

const PROGRAM = (port: number) => `
import ssl, time
from umqttsimple import MQTTClient, MQTTException

def ctx(ca=True):
    c = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    c.verify_mode = ssl.CERT_REQUIRED
    if ca:
        c.load_verify_locations(cafile="ca.crt")
    return c

got = []
c = MQTTClient("tls-client", "localhost", ${port}, keepalive=5, ssl=True, ssl_params={"context": ctx()})
c.set_callback(lambda t, m: got.append((t, m)))
c.connect()
c.subscribe("tls/t", 2)
for q in (0, 1, 2):
    c.publish("tls/t", "over tls %d" % q, qos=q)
t0 = time.ticks_ms()
while len(got) < 3 and time.ticks_diff(time.ticks_ms(), t0) < 5000:
    c.check_msg()
print("TLS", sorted(m.decode() for t, m in got), c.pending() if hasattr(c, "pending") else 0)
c.disconnect()

# the tutorial's ssl_params go to ssl.wrap_socket; server_hostname defaults to the server name
w = MQTTClient("tls-params", "localhost", ${port}, ssl=True,
               ssl_params={"cert_reqs": ssl.CERT_REQUIRED, "cadata": open("ca.crt", "rb").read()})
w.connect()
w.publish("tls/p", b"params", qos=1)
w.disconnect()
print("PARAMS ok")

for label, server, context in (("unknown CA", "localhost", ctx(False)), ("wrong name", "127.0.0.1", None)):
    params = {"context": context} if context else {"cert_reqs": ssl.CERT_REQUIRED, "cadata": open("ca.crt", "rb").read(), "server_hostname": "broker.example"}
    bad = MQTTClient("tls-bad", server, ${port}, ssl=True, ssl_params=params)
    try:
        bad.connect()
        print(label, "ACCEPTED")
    except MQTTException as e:
        print(label, "REFUSED", str(e).replace("\\n", " "))
`;

async function runTlsProgram(port: number, certs: TestCerts): Promise<{ code: number; out: string; err: string }> {
  const dir = tempDir({ "main.py": PROGRAM(port), "ca.crt": certs.caPem });
  copyFileSync(join(repoRoot, "runtime-py", "umqttsimple.py"), join(dir, "umqttsimple.py"));
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await runProgram({ dir, entry: "main.py", micropython: "wasm", stdout, stderr });
  return { code, out: stdout.text, err: stderr.text };
}

function expectTlsOutput(r: { code: number; out: string; err: string }): void {
  expect(r.err).toBe("");
  expect(r.out.split("\n").filter(Boolean)).toEqual([
    "TLS ['over tls 0', 'over tls 1', 'over tls 2'] 0",
    "PARAMS ok",
    expect.stringMatching(/^unknown CA REFUSED .*TLS.*not correctly signed by the trusted CA/),
    expect.stringMatching(/^wrong name REFUSED .*TLS.*Common Name \(CN\) does not match/),
  ]);
  expect(r.code).toBe(0);
}

describe("MQTT over TLS on MicroPython (virtual board)", () => {
  let certs: TestCerts;
  beforeAll(() => { certs = makeTestCerts(); });

  describe.runIf(mosquittoAvailable())("mosquitto TLS listener", () => {
    let broker: TestBroker | undefined;
    afterAll(async () => { await broker?.stop(); });
    it("verified QoS 0/1/2 round trip; unknown CA and wrong name refused", async () => {
      const tlsPort = await freePort();
      broker = await startMosquitto({
        extraConfig: `listener ${tlsPort} 127.0.0.1\ncafile ${certs.caFile}\ncertfile ${certs.certFile}\nkeyfile ${certs.keyFile}\n`,
      });
      expectTlsOutput(await runTlsProgram(tlsPort, certs));
    }, 60_000);
  });

  describe("aedes behind a TLS server", () => {
    let server: Server | undefined;
    let aedes: Aedes | undefined;
    afterAll(async () => {
      await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
      await new Promise<void>((r) => (aedes ? aedes.close(() => r()) : r()));
    });
    it("verified QoS 0/1/2 round trip; unknown CA and wrong name refused", async () => {
      aedes = await Aedes.createBroker();
      server = createServer({ cert: readFileSync(certs.certFile), key: readFileSync(certs.keyFile) }, aedes.handle);
      server.on("tlsClientError", () => {});
      await new Promise<void>((r) => server!.listen(0, "127.0.0.1", r));
      expectTlsOutput(await runTlsProgram((server.address() as { port: number }).port, certs));
    }, 60_000);
  });
});
