/**
 * Runs a MicroPython program for the MQTT tests on the real MicroPython WebAssembly port, in a
 * worker thread, with a `socket` module bridged synchronously (Atomics.wait) to real host TCP.
 * Uses the virtual board's `runProgram` (sim/index.ts) when it exists; this small bridge is the
 * stand-in that kept the MQTT tests running on MicroPython while the sim was being built, and
 * stays as the runner when `TSMP_MQTT_RUNNER=bridge`.
 */
import { Worker } from "node:worker_threads";
import { connect, type Socket } from "node:net";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const clientSource = readFileSync(join(repoRoot, "runtime-py", "umqttsimple.py"), "utf8");

export interface RunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** Lines of stdout, without the trailing empty one. */
  lines: string[];
}

// Python side of the bridge: a `socket` module with the calls umqttsimple uses.
const SOCKET_PY = `
import _mqtt_tcp as _h, binascii
AF_INET = 2
SOCK_STREAM = 1
def getaddrinfo(host, port, *a):
    return [(AF_INET, SOCK_STREAM, 0, "", (host, port))]
class socket:
    def __init__(self, *a):
        self._id = -1
        self._t = None
    def settimeout(self, t):
        self._t = t
    def setblocking(self, f):
        self._t = None if f else 0
    def _ms(self):
        return -1 if self._t is None else int(self._t * 1000)
    def connect(self, addr):
        r = _h.connect(addr[0], addr[1], self._ms())
        if r < 0:
            raise OSError(-r)
        self._id = r
    def write(self, data):
        r = _h.send(self._id, binascii.hexlify(data).decode())
        if r < 0:
            raise OSError(-r)
        return r
    send = write
    def sendall(self, data):
        self.write(data)
    def recv(self, n):
        r = _h.recv(self._id, n, self._ms())
        if r is None:
            raise OSError(11 if self._t == 0 else 110)
        if isinstance(r, int):
            raise OSError(-r)
        return binascii.unhexlify(r)
    read = recv
    def readinto(self, buf, n=None):
        try:
            d = self.recv(len(buf) if n is None else n)
        except OSError as e:
            if e.args[0] == 11:
                return None
            raise
        buf[:len(d)] = d
        return len(d)
    def close(self):
        if self._id >= 0:
            _h.close(self._id)
            self._id = -1
`;

const WORKER_JS = `
const { workerData, parentPort } = require("node:worker_threads");
const ctrl = new Int32Array(workerData.ctrl);
const data = new Uint8Array(workerData.data);
let seq = 0;
function call(msg) {
  msg.seq = ++seq;
  Atomics.store(ctrl, 0, 0);
  parentPort.postMessage(msg);
  for (;;) {
    Atomics.wait(ctrl, 0, 0);
    if (Atomics.load(ctrl, 3) === seq) break;
    Atomics.store(ctrl, 0, 0);
  }
  const kind = ctrl[1], n = ctrl[2];
  if (kind === 0) return null;          // timeout
  if (kind === 1) return n;             // number
  return Buffer.from(data.subarray(0, n)).toString("latin1"); // hex text
}
(async () => {
  const { loadMicroPython } = await import(workerData.mpUrl);
  let out = "", err = "";
  const mp = await loadMicroPython({
    heapsize: workerData.heap,
    linebuffer: false,
    stdout: (b) => parentPort.postMessage({ op: "out", text: Buffer.from(b).toString("latin1") }),
    stderr: (b) => parentPort.postMessage({ op: "err", text: Buffer.from(b).toString("latin1") }),
  });
  mp.registerJsModule("_mqtt_tcp", {
    connect: (host, port, ms) => call({ op: "connect", host, port, ms }),
    send: (id, hex) => call({ op: "send", id, hex }),
    recv: (id, n, ms) => call({ op: "recv", id, n, ms }),
    close: (id) => call({ op: "close", id }),
  });
  for (const [name, text] of Object.entries(workerData.files)) mp.FS.writeFile("/" + name, text);
  let code = 0;
  try {
    mp.runPython("import sys\\nsys.path.insert(0, '/')\\n");
    // Separate steps let the port's GC free garbage between them (inside one runPython call the
    // WebAssembly port's collector keeps what the run allocated).
    for (const step of workerData.code) mp.runPython(step);
  } catch (e) {
    if (e && e.name === "PythonError") {
      if (e.type !== "SystemExit") { parentPort.postMessage({ op: "err", text: String(e.message) + "\\n" }); code = 1; }
    } else { parentPort.postMessage({ op: "err", text: String(e && e.stack || e) + "\\n" }); code = 2; }
  }
  parentPort.postMessage({ op: "exit", code });
})();
`;

interface Conn {
  socket: Socket;
  chunks: Buffer[];
  eof: boolean;
  error?: number;
  wake?: () => void;
}

/**
 * Runs `code` (a Python program, or its steps run one after another in the same VM) on MicroPython with `umqttsimple.py` importable; resolves when it
 * ends or after `timeoutMs` (then the VM is terminated and exitCode is 124).
 */
export async function runMicroPython(code: string | string[], options: { timeoutMs?: number; heap?: number; files?: Record<string, string> } = {}): Promise<RunResult> {
  const requireHere = createRequire(import.meta.url);
  const mpPath = requireHere.resolve("@micropython/micropython-webassembly-pyscript/micropython.mjs");
  const ctrlBuf = new SharedArrayBuffer(16);
  const dataBuf = new SharedArrayBuffer(1 << 20);
  const ctrl = new Int32Array(ctrlBuf);
  const data = new Uint8Array(dataBuf);
  const files = { "umqttsimple.py": clientSource, "socket.py": SOCKET_PY, ...(options.files ?? {}) };
  const worker = new Worker(WORKER_JS, {
    eval: true,
    workerData: { ctrl: ctrlBuf, data: dataBuf, mpUrl: "file://" + mpPath, code: typeof code === "string" ? [code] : code, files, heap: options.heap ?? 8 * 1024 * 1024 },
  });
  const conns = new Map<number, Conn>();
  let nextId = 1;
  let stdout = "";
  let stderr = "";
  // Each request carries a sequence number; an answer for an older request (a timer that fired
  // late, say) is dropped instead of waking the VM with someone else's result.
  let current = 0;
  let stale = 0;
  let seqOf = 0;
  const reply = (kind: 0 | 1 | 2, n: number, seq = seqOf) => {
    if (seq !== current) { stale++; return; }
    current = -1;
    ctrl[1] = kind;
    ctrl[2] = n;
    ctrl[3] = seq;
    Atomics.store(ctrl, 0, 1);
    Atomics.notify(ctrl, 0);
  };
  const replyNumber = (n: number, seq = seqOf) => reply(1, n, seq);
  const replyHex = (buf: Buffer, seq = seqOf) => {
    if (seq !== current) { stale++; return; }
    const hex = buf.toString("hex");
    data.set(Buffer.from(hex, "latin1"), 0);
    reply(2, hex.length, seq);
  };
  const errnoOf = (e: NodeJS.ErrnoException) => (e.code === "ECONNREFUSED" ? 111 : e.code === "ECONNRESET" ? 104 : e.code === "EPIPE" ? 32 : 5);

  const take = (c: Conn, n: number): Buffer => {
    const all = Buffer.concat(c.chunks);
    const head = all.subarray(0, n);
    c.chunks = all.length > n ? [all.subarray(n)] : [];
    return Buffer.from(head);
  };

  const handle = (msg: any) => {
    if (msg.op === "out") { stdout += msg.text; return; }
    if (msg.op === "err") { stderr += msg.text; return; }
    current = seqOf = msg.seq;
    const seq: number = msg.seq;
    switch (msg.op) {
      case "connect": {
        const socket = connect({ port: msg.port, host: msg.host, allowHalfOpen: true });
        const id = nextId++;
        const c: Conn = { socket, chunks: [], eof: false };
        let settled = false;
        const timer = msg.ms > 0 ? setTimeout(() => { if (!settled) { settled = true; socket.destroy(); replyNumber(-110, seq); } }, msg.ms) : undefined;
        socket.setNoDelay(true);
        socket.on("data", (d: Buffer) => { c.chunks.push(d); c.wake?.(); });
        socket.on("end", () => { c.eof = true; c.wake?.(); });
        socket.on("close", () => { c.eof = true; c.wake?.(); });
        socket.on("error", (e) => {
          c.error = errnoOf(e);
          if (!settled) { settled = true; clearTimeout(timer); replyNumber(-c.error, seq); }
          c.wake?.();
        });
        socket.once("connect", () => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          conns.set(id, c);
          replyNumber(id, seq);
        });
        return;
      }
      case "send": {
        const c = conns.get(msg.id);
        if (!c || c.error || c.socket.destroyed) { replyNumber(-(c?.error ?? 32)); return; }
        const buf = Buffer.from(msg.hex, "hex");
        c.socket.write(buf);
        replyNumber(buf.length);
        return;
      }
      case "recv": {
        const c = conns.get(msg.id);
        if (!c) { replyNumber(-9); return; }
        const ready = () => c.chunks.length > 0 || c.eof || c.error !== undefined;
        const answer = () => {
          c.wake = undefined;
          if (seq !== current) { stale++; return; }
          if (c.chunks.length > 0) replyHex(take(c, msg.n), seq);
          else if (c.error !== undefined && !c.eof) replyNumber(-c.error, seq);
          else if (c.eof) replyHex(Buffer.alloc(0), seq);
          else reply(0, 0, seq);
        };
        if (ready() || msg.ms === 0) { answer(); return; }
        const timer = msg.ms > 0 ? setTimeout(answer, msg.ms) : undefined;
        c.wake = () => { clearTimeout(timer); answer(); };
        return;
      }
      case "close": {
        const c = conns.get(msg.id);
        c?.socket.destroy();
        conns.delete(msg.id);
        replyNumber(0);
        return;
      }
    }
  };

  return await new Promise<RunResult>((resolve) => {
    let done = false;
    const finish = (exitCode: number) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      for (const c of conns.values()) c.socket.destroy();
      void worker.terminate();
      if (stale && process.env.TSMP_BRIDGE_DEBUG) process.stderr.write(`mqtt bridge: ${stale} late answers dropped\n`);
      const lines = stdout.split("\n").map((l) => l.replace(/\r$/, ""));
      if (lines.at(-1) === "") lines.pop();
      resolve({ exitCode, stdout, stderr, lines });
    };
    const timer = setTimeout(() => finish(124), options.timeoutMs ?? 60_000);
    worker.on("message", (msg) => (msg.op === "exit" ? finish(msg.code) : handle(msg)));
    worker.on("error", (e: Error) => { stderr += String(e.stack ?? e); finish(3); });
    worker.on("exit", () => finish(4));
  });
}


/**
 * Runs a Python program on the virtual board's MicroPython via the sim's `runProgram` (the same
 * path `tsmp run` uses): the program is `main.py`, umqttsimple is `lib/umqttsimple.py`.
 * Resolves after the program ends, or after `timeoutMs` (then it is interrupted; exitCode 124).
 */
export async function runOnBoard(code: string, options: { timeoutMs?: number; onLine?: (line: string) => void } = {}): Promise<RunResult> {
  const { runProgram } = await import("../../sim/index.ts");
  const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { Writable } = await import("node:stream");
  const dir = mkdtempSync(join(tmpdir(), "tsmp-mqtt-"));
  mkdirSync(join(dir, "lib"));
  writeFileSync(join(dir, "lib", "umqttsimple.py"), clientSource);
  writeFileSync(join(dir, "main.py"), code);
  let stdout = "";
  let stderr = "";
  const sink = (append: (s: string) => void) => new Writable({ write(chunk, _enc, done) { append(String(chunk)); done(); } });
  const abort = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => { timedOut = true; abort.abort(); }, options.timeoutMs ?? 60_000);
  try {
    const code = await runProgram({
      dir, entry: "main.py", micropython: "wasm", signal: abort.signal,
      stdout: sink((s) => {
        const before = stdout.length;
        stdout += s;
        if (options.onLine) {
          const start = stdout.lastIndexOf("\n", before - 1) + 1;
          const complete = stdout.slice(start, stdout.lastIndexOf("\n") + 1);
          if (complete) for (const line of complete.split("\n").slice(0, -1)) options.onLine(line.replace(/\r$/, ""));
        }
      }), stderr: sink((s) => { stderr += s; }),
    });
    const lines = stdout.split("\n").map((l) => l.replace(/\r$/, ""));
    if (lines.at(-1) === "") lines.pop();
    return { exitCode: timedOut ? 124 : code, stdout, stderr, lines };
  } finally {
    clearTimeout(timer);
    rmSync(dir, { recursive: true, force: true });
  }
}
