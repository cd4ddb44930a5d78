/**
 * TLS on the virtual board: `ssl.wrap_socket` / `SSLContext` on the WebAssembly MicroPython,
 * against a real TLS server on 127.0.0.1 with a certificate made here by openssl. Checks that a
 * verified connection carries data, that verification failures raise what MicroPython's mbedTLS
 * port raises, and that the wrapped object has only MicroPython's SSLSocket methods.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:tls";
import { runProgram } from "../../sim/index.ts";
import { makeTestCerts, type TestCerts } from "../helpers/test-certs.ts";
import { Capture, startEchoServer, tempDir } from "./helpers.ts";

let certs: TestCerts;
let server: Server;
let port = 0;
let handshakes = 0;

beforeAll(async () => {
  certs = makeTestCerts();
  server = createServer({ cert: readFileSync(certs.certFile), key: readFileSync(certs.keyFile) }, (socket) => {
    handshakes++;
    socket.on("data", (d) => socket.write(d));
    socket.on("error", () => {});
  });
  server.on("tlsClientError", () => {});
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as { port: number }).port;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

async function run(main: string) {
  const dir = tempDir({ "main.py": main, "ca.crt": certs.caPem });
  writeFileSync(`${dir}/ca.der`, certs.caDer);
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await runProgram({ dir, entry: "main.py", micropython: "wasm", stdout, stderr });
  return { code, out: stdout.text, err: stderr.text };
}

const PRELUDE = (p: number) => `
import socket, ssl, select
def conn(port=${p}):
    s = socket.socket()
    s.settimeout(5)
    s.connect(('127.0.0.1', port))
    return s
def attempt(label, port=${p}, **kw):
    s = conn(port)
    try:
        t = ssl.wrap_socket(s, **kw)
        t.write(b'ping ' + label.encode() + b'\\n')
        print(label, 'ok', t.readline())
        t.close()
    except ValueError as e:
        print(label, 'ValueError', repr(str(e)))
        s.close()
    except OSError as e:
        print(label, 'OSError', e.args[0] < 0, e.args[1] if len(e.args) > 1 else '')
        s.close()
ca = open('ca.crt', 'rb').read()
der = open('ca.der', 'rb').read()
`;

describe("TLS on the virtual board (ssl module bridged to host TLS)", () => {
  it("verifies the server with the program's CA (PEM or DER) and carries data", async () => {
    const before = handshakes;
    const r = await run(
      PRELUDE(port) +
        [
          "attempt('pem', cert_reqs=ssl.CERT_REQUIRED, cadata=ca, server_hostname='localhost')",
          "attempt('der', cert_reqs=ssl.CERT_REQUIRED, cadata=der, server_hostname='localhost')",
          "attempt('ip', cert_reqs=ssl.CERT_REQUIRED, cadata=ca, server_hostname='127.0.0.1')",
          "attempt('unverified', server_hostname='localhost')",
        ].join("\n") + "\n",
    );
    expect(r.err).toBe("");
    expect(r.out.split("\n")).toEqual([
      "pem ok b'ping pem\\n'",
      "der ok b'ping der\\n'",
      "ip ok b'ping ip\\n'",
      "unverified ok b'ping unverified\\n'",
      "",
    ]);
    expect(handshakes - before).toBe(4);
    expect(r.code).toBe(0);
  });

  it("fails verification like MicroPython's mbedTLS port: no CA, wrong name, no server_hostname", async () => {
    const r = await run(
      PRELUDE(port) +
        [
          "attempt('no-ca', cert_reqs=ssl.CERT_REQUIRED, server_hostname='localhost')",
          "attempt('wrong-name', cert_reqs=ssl.CERT_REQUIRED, cadata=ca, server_hostname='broker.example')",
          "attempt('no-name', cert_reqs=ssl.CERT_REQUIRED, cadata=ca)",
        ].join("\n") + "\n",
    );
    expect(r.err).toBe("");
    expect(r.out.split("\n")).toEqual([
      "no-ca ValueError '\\nThe certificate is not correctly signed by the trusted CA\\n'",
      "wrong-name ValueError '\\nThe certificate Common Name (CN) does not match with the expected CN\\n'",
      "no-name ValueError 'CERT_REQUIRED requires server_hostname'",
      "",
    ]);
  });

  it("raises OSError with an mbedTLS code when the server does not speak TLS", async () => {
    const plain = await startEchoServer();
    try {
      const r = await run(PRELUDE(port) + `attempt('plain', port=${plain.port}, server_hostname='localhost')\n`);
      expect(r.err).toBe("");
      expect(r.out).toMatch(/^plain OSError True MBEDTLS_ERR_SSL_\w+\n$/);
    } finally {
      await plain.close();
    }
  });

  it("gives an SSLSocket with MicroPython's stream methods only, pollable with select", async () => {
    const r = await run(
      PRELUDE(port) +
        [
          "ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)",
          "ctx.verify_mode = ssl.CERT_REQUIRED",
          "ctx.load_verify_locations(cafile='ca.crt')",
          "t = ctx.wrap_socket(conn(), server_hostname='localhost')",
          "print([hasattr(t, m) for m in ('send', 'recv', 'settimeout', 'read', 'readinto', 'readline', 'write', 'setblocking', 'close')])",
          "p = select.poll()",
          "p.register(t, select.POLLIN)",
          "print('idle', p.poll(100))",
          "t.write(b'hello!')",
          "print('ready', len(p.poll(3000)))",
          "buf = bytearray(6)",
          "print(t.readinto(buf), bytes(buf))",
          "t.setblocking(False)",
          "print('empty', t.read(10))",
          "t.close()",
        ].join("\n") + "\n",
    );
    expect(r.err).toBe("");
    expect(r.out.split("\n")).toEqual([
      "[False, False, False, True, True, True, True, True, True]",
      "idle []",
      "ready 1",
      "6 b'hello!'",
      "empty None",
      "",
    ]);
  });
});
