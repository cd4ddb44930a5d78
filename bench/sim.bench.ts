/**
 * Virtual-board speed, as ratios against baselines measured in the same run:
 * - boot: `startSim` until the first `>>> ` on the pty, against loading the WebAssembly
 *   MicroPython in this process (the floor: the worker, board modules, flash and pty on top);
 * - sockets: 256 KB echoed through the board's blocking `socket` (worker ⇄ main thread ⇄ TCP),
 *   against a Node client echoing the same bytes with the same 1 KB round trips.
 */
import { createServer, Socket } from "node:net";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { SerialPort } from "serialport";
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";
import { runProgram, startSim } from "../sim/index.ts";
import type { BenchRow } from "./types.ts";

const CHUNK = 1024;
const TOTAL = 256 * 1024;

async function echoServer(): Promise<{ port: number; close(): Promise<void> }> {
  const server = createServer((s) => {
    s.on("data", (d) => s.write(d));
    s.on("error", () => {});
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;
  return { port, close: () => new Promise((r) => server.close(() => r())) };
}

async function nodeEcho(port: number): Promise<number> {
  const t0 = performance.now();
  const s = new Socket();
  await new Promise<void>((r) => s.connect(port, "127.0.0.1", r));
  const chunk = Buffer.alloc(CHUNK, 0x61);
  for (let sent = 0; sent < TOTAL; sent += CHUNK) {
    await new Promise<void>((resolve) => {
      let got = 0;
      const on = (d: Buffer) => {
        got += d.length;
        if (got >= CHUNK) {
          s.off("data", on);
          resolve();
        }
      };
      s.on("data", on);
      s.write(chunk);
    });
  }
  s.destroy();
  return performance.now() - t0;
}

async function vmEcho(port: number): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), "tsmp-bench-sim-"));
  writeFileSync(
    join(dir, "main.py"),
    `import socket, time\nt0 = time.ticks_ms()\ns = socket.socket()\ns.connect(('127.0.0.1', ${port}))\nchunk = b'a' * ${CHUNK}\nfor i in range(${TOTAL / CHUNK}):\n    s.write(chunk)\n    got = 0\n    while got < ${CHUNK}:\n        got += len(s.recv(${CHUNK}))\ns.close()\nprint(time.ticks_diff(time.ticks_ms(), t0))\n`,
  );
  let out = "";
  const stdout = new Writable({ write(c, _e, cb) { out += String(c); cb(); } });
  const code = await runProgram({ dir, entry: "main.py", micropython: "wasm", stdout });
  if (code !== 0) throw new Error(`bench program failed (${code})`);
  return Number(out.trim());
}

async function simBootMs(): Promise<number> {
  const t0 = performance.now();
  const sim = await startSim({});
  const port = new SerialPort({ path: sim.path, baudRate: 115200 });
  let text = "";
  await new Promise<void>((resolve) => port.on("data", (d: Buffer) => { text += d.toString("latin1"); if (text.includes(">>> ")) resolve(); }));
  const ms = performance.now() - t0;
  await new Promise<void>((r) => port.close(() => r()));
  await sim.stop();
  return ms;
}

export default async function bench(): Promise<BenchRow[]> {
  const t0 = performance.now();
  await loadMicroPython({ stdout: () => {} });
  const loadMs = performance.now() - t0;
  const bootMs = Math.min(await simBootMs(), await simBootMs());

  const server = await echoServer();
  try {
    const nodeMs = Math.min(await nodeEcho(server.port), await nodeEcho(server.port));
    const vmMs = Math.min(await vmEcho(server.port), await vmEcho(server.port));
    return [
      { name: "sim boot to >>> / wasm load", value: bootMs / loadMs, unit: "x", target: "<= 10", note: `${bootMs.toFixed(0)} ms vs ${loadMs.toFixed(0)} ms` },
      { name: "socket echo 256 KB (1 KB turns) / node", value: vmMs / nodeMs, unit: "x", target: "<= 10", note: `${vmMs.toFixed(0)} ms vs ${nodeMs.toFixed(0)} ms` },
    ];
  } finally {
    await server.close();
  }
}
