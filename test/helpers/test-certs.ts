/**
 * A throwaway certificate authority for TLS tests, made with the system's openssl: a CA, and a
 * server certificate for `localhost` / 127.0.0.1 signed by it (PEM files, plus the CA as DER).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface TestCerts {
  dir: string;
  caFile: string; // PEM
  caPem: string;
  caDer: Buffer;
  certFile: string; // server certificate, PEM
  keyFile: string; // server key, PEM
}

export function makeTestCerts(): TestCerts {
  const dir = mkdtempSync(join(tmpdir(), "tsmp-certs-"));
  const run = (args: string[]) => {
    const r = spawnSync("openssl", args, { cwd: dir, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`openssl ${args[0]} failed: ${r.stderr}`);
  };
  run(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=tsmp test CA", "-keyout", "ca.key", "-out", "ca.crt"]);
  run(["req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-keyout", "server.key", "-out", "server.csr"]);
  writeFileSync(join(dir, "san.ext"), "subjectAltName=DNS:localhost,IP:127.0.0.1\n");
  run(["x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial", "-days", "2", "-extfile", "san.ext", "-out", "server.crt"]);
  run(["x509", "-in", "ca.crt", "-outform", "DER", "-out", "ca.der"]);
  return {
    dir,
    caFile: join(dir, "ca.crt"),
    caPem: readFileSync(join(dir, "ca.crt"), "utf8"),
    caDer: readFileSync(join(dir, "ca.der")),
    certFile: join(dir, "server.crt"),
    keyFile: join(dir, "server.key"),
  };
}
