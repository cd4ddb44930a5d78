/**
 * The virtual board's CPU: a worker thread running MicroPython (WebAssembly). It owns the VM,
 * the flash filesystem (sim/flash-fs.ts), the board modules (sim/board-py/*.py) and, in board
 * mode, the serial side of the REPL (friendly REPL through the port's own line editor, raw REPL
 * and raw-paste implemented here because the port's REPL hangs on raw-paste). Every blocking
 * call (input, sleep, sockets) waits with Atomics.wait so the main thread can wake it, e.g. on
 * Ctrl-C. Started by sim/vm-host.ts (bundled by sim/worker-entry.ts, so it must not rely on its
 * own file location); the message contract is sim/vm-protocol.ts.
 */
import { parentPort, receiveMessageOnPort, workerData } from "node:worker_threads";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { loadMicroPython, type MicroPython } from "@micropython/micropython-webassembly-pyscript";
import { Ctrl, INPUT_RING_SIZE, type HostOp, type HostReply, type WorkerConfig, type WorkerMessage } from "./vm-protocol.ts";
import { FLASH_MOUNT, installLinuxErrnos, installWriteThrough, loadFlash } from "./flash-fs.ts";
import { BOARD_NAME, boardBanner } from "./board-identity.ts";
import { eduponicsMini } from "../boards/eduponics-mini.ts";

const config = workerData as WorkerConfig;
const ctrl = new Int32Array(config.control);
const ring = new Uint8Array(config.input);
const BOARD_PY = config.boardPyDir;
/** What a blocking host function returns when Ctrl-C woke it (board_host.INTERRUPTED). */
const INTERRUPTED = "\x03";
const SHIM_FRAME = '  File "/_tsmp/';

function post(message: WorkerMessage): void {
  parentPort!.postMessage(message);
}

/** Buffered output to the main thread; "cooked" turns \n into \r\n like a board's UART does. */
class Output {
  private buf: number[] = [];
  private lastCR = false;
  muted = false;
  constructor(private readonly kind: "out" | "err", private readonly cooked: boolean) {}
  byte(c: number): void {
    if (this.muted) return;
    if (this.cooked && c === 10 && !this.lastCR) this.buf.push(13);
    this.buf.push(c);
    this.lastCR = c === 13;
    if (c === 10) {
      this.dropShimFrame();
      this.flush();
    } else if (this.buf.length >= 1024) this.flush();
  }
  /** Traceback lines inside the board modules (native on a real board) are not shown. */
  private dropShimFrame(): void {
    const text = Buffer.from(this.buf).toString("latin1");
    const start = text.lastIndexOf("\n", text.length - 2) + 1;
    if (text.startsWith(SHIM_FRAME, start)) this.buf.length = start;
  }
  text(s: string): void {
    for (const c of Buffer.from(s, "utf8")) this.byte(c);
  }
  /** Protocol bytes, never cooked. */
  raw(s: string): void {
    if (this.muted) return;
    for (const c of Buffer.from(s, "latin1")) this.buf.push(c);
    this.lastCR = false;
  }
  flush(): void {
    if (this.buf.length === 0) return;
    post({ t: this.kind, data: Uint8Array.from(this.buf) });
    this.buf = [];
  }
}

const board = config.mode === "board";
const out = new Output("out", board);
const err = board ? out : new Output("err", false);
let mp: MicroPython;

function running(on: boolean): void {
  Atomics.store(ctrl, Ctrl.RUNNING, on ? 1 : 0);
  if (!on) Atomics.store(ctrl, Ctrl.INTERRUPT, 0);
}

/** Take a pending Ctrl-C (only while user code runs). */
function takeInterrupt(): boolean {
  if (Atomics.load(ctrl, Ctrl.RUNNING) !== 1) return false;
  return Atomics.compareExchange(ctrl, Ctrl.INTERRUPT, 1, 0) === 1;
}

function onStdoutByte(c: number): void {
  out.byte(c);
  if (takeInterrupt()) mp._module._mp_sched_keyboard_interrupt();
}

// ---- input from the serial line (board mode) ----

/** The next byte from the input ring, or the ring's head to wait on when it is empty. */
function takeInputByte(): { byte: number } | { waitOn: number } {
  const head = Atomics.load(ctrl, Ctrl.IN_HEAD);
  const tail = Atomics.load(ctrl, Ctrl.IN_TAIL);
  if (head === tail) return { waitOn: head };
  const byte = ring[tail & (INPUT_RING_SIZE - 1)]!;
  Atomics.store(ctrl, Ctrl.IN_TAIL, (tail + 1) | 0);
  return { byte };
}

function readByte(): number {
  out.flush();
  for (;;) {
    const next = takeInputByte();
    if ("byte" in next) return next.byte;
    Atomics.wait(ctrl, Ctrl.IN_HEAD, next.waitOn);
  }
}

/**
 * sys.stdin for code running on the board: the next byte from the serial line, waiting for it.
 * A Ctrl-C meanwhile raises KeyboardInterrupt (null = no byte this time).
 */
function stdinByte(): number | null {
  out.flush();
  for (;;) {
    const next = takeInputByte();
    if ("byte" in next) return next.byte;
    if (takeInterrupt()) {
      mp._module._mp_sched_keyboard_interrupt();
      return null;
    }
    Atomics.wait(ctrl, Ctrl.IN_HEAD, next.waitOn, 50);
  }
}

// ---- host functions for the board modules (JS module `_tsmp_host`) ----

let callSeq = 0;

function hostCall(op: HostOp, args: (string | number)[]): string {
  out.flush();
  err.flush();
  const seq = ++callSeq;
  post({ t: "call", seq, op, args });
  for (;;) {
    const signal = Atomics.load(ctrl, Ctrl.SIGNAL);
    for (let m = receiveMessageOnPort(config.replyPort); m; m = receiveMessageOnPort(config.replyPort)) {
      const reply = m.message as HostReply;
      if (reply.seq === seq) return reply.value;
    }
    if (takeInterrupt()) {
      post({ t: "cancel", seq });
      return INTERRUPTED;
    }
    Atomics.wait(ctrl, Ctrl.SIGNAL, signal, 1000);
  }
}

function sleepMs(ms: number): string | number {
  out.flush();
  err.flush();
  const deadline = Date.now() + Math.max(0, ms);
  for (;;) {
    if (takeInterrupt()) return INTERRUPTED;
    const left = deadline - Date.now();
    if (left <= 0) return 0;
    Atomics.wait(ctrl, Ctrl.INTERRUPT, 0, left);
  }
}

let nextSocket = 1;

const hostModule = {
  sleep_ms: (ms: number) => sleepMs(Number(ms)),
  board_id: () => config.boardId,
  board_name: () => BOARD_NAME,
  /** I2C addresses that answer a scan: the v2 Eduponics Mini's devices. */
  i2c_devices: () =>
    eduponicsMini.i2c.devices
      .filter((d) => d.versions.includes("v2"))
      .map((d) => d.address)
      .sort((a, b) => a - b)
      .join(","),
  reset_cause: () => config.resetCause,
  reset: (kind: string) => {
    if (!board) return false;
    out.flush();
    post({ t: "reset", kind: kind === "soft" ? "soft" : kind === "deepsleep" ? "deepsleep" : "hard", repl: "friendly" });
    return true;
  },
  wdt: (ms: number) => {
    post({ t: "wdt", ms: Number(ms) });
    return 0;
  },
  getaddrinfo: (name: string) => hostCall("dns", [String(name)]),
  tcp_open: () => nextSocket++,
  tcp_connect: (id: number, ip: string, port: number, timeoutMs: number) => hostCall("tcp_connect", [id, ip, port, timeoutMs]),
  tcp_tls: (id: number, hostname: string, verify: number, ca: string, timeoutMs: number, cert: string, key: string) =>
    hostCall("tcp_tls", [id, String(hostname), Number(verify), String(ca), Number(timeoutMs), String(cert), String(key)]),
  tcp_send: (id: number, hex: string) => hostCall("tcp_send", [id, hex]),
  tcp_recv: (id: number, n: number, timeoutMs: number) => {
    // Data comes back as a Uint8Array (Python takes it with bytes()); status replies stay strings.
    const reply = hostCall("tcp_recv", [id, n, timeoutMs]);
    return reply[0] === "d" ? new Uint8Array(Buffer.from(reply.slice(1), "base64")) : reply;
  },
  fs_rename: (from: string, to: string) => {
    try {
      mp.FS.rename(FLASH_MOUNT + posix.normalize(String(from)), FLASH_MOUNT + posix.normalize(String(to)));
      return 0;
    } catch (e) {
      return typeof (e as { errno?: unknown }).errno === "number" ? (e as { errno: number }).errno : 5;
    }
  },
  tcp_poll: (ids: string, timeoutMs: number) => hostCall("tcp_poll", [String(ids), timeoutMs]),
  tcp_close: (id: number) => {
    hostCall("tcp_close", [id]);
    return 0;
  },
};

/** A file-like object for Python's tracebacks. */
const errWriter = {
  write: (s: string) => {
    err.text(String(s));
    return String(s).length;
  },
};

// ---- boot ----

async function bootVm(): Promise<void> {
  mp = await loadMicroPython({
    heapsize: 1024 * 1024,
    linebuffer: false,
    stdin: board ? stdinByte : () => null,
    stdout: (data) => {
      if (typeof data === "string") for (const c of Buffer.from(data)) onStdoutByte(c);
      else for (const c of data) onStdoutByte(c);
    },
    stderr: (data) => {
      if (typeof data === "string") err.text(data);
      else for (const c of data) err.byte(c);
    },
  });
  mp.registerJsModule("_tsmp_host", hostModule);
  // The board modules live outside the flash; import them all, then make the flash the root.
  mp.FS.mkdir("/_tsmp");
  for (const name of readdirSync(BOARD_PY)) {
    if (name.endsWith(".py")) mp.FS.writeFile(`/_tsmp/${name}`, readFileSync(join(BOARD_PY, name)));
  }
  loadFlash(mp.FS, config.fsDir);
  installWriteThrough(mp.FS, config.fsDir);
  installLinuxErrnos(mp.FS);
  mp.runPython(`
import sys, vfs, os
sys.path.insert(0, '/_tsmp')
import board_install
sys.path.pop(0)
vfs.umount(vfs.mount()[0][0])
vfs.mount(vfs.VfsPosix('${FLASH_MOUNT}'), '/')
os.chdir('/')
del sys, vfs, os
`);
}

/**
 * A Ctrl-C that reached the serial line while the board was busy booting or reading a command
 * (so it sits in the input ring) interrupts the code about to run, as the UART interrupt would
 * on a board once the code is running. Input up to it is dropped.
 */
function honourQueuedInterrupt(): void {
  const head = Atomics.load(ctrl, Ctrl.IN_HEAD);
  let tail = Atomics.load(ctrl, Ctrl.IN_TAIL);
  let last = -1;
  for (let i = tail; i !== head; i = (i + 1) | 0) if (ring[i & (INPUT_RING_SIZE - 1)] === 0x03) last = i;
  if (last === -1) return;
  tail = (last + 1) | 0;
  Atomics.store(ctrl, Ctrl.IN_TAIL, tail);
  mp._module._mp_sched_keyboard_interrupt();
}

/**
 * After code finishes, MicroPython's pyexec drops a keyboard interrupt that is still pending
 * (`mp_handle_pending(false)`), so a Ctrl-C that landed as a program ended cannot surface in the
 * next command. The port has no call for that: a loop's backward jump takes the pending exception,
 * and the snippet swallows it.
 */
function dropPendingInterrupt(): void {
  try {
    mp.runPython("try:\n for _ in range(2): pass\nexcept KeyboardInterrupt:\n pass");
  } catch {
    // nothing pending, or the VM is going down anyway
  }
}

function runFile(path: string): number {
  running(true);
  if (board) honourQueuedInterrupt();
  try {
    const code = mp.pyimport("board_install").run_file(path, errWriter);
    return typeof code === "number" ? code : 1;
  } catch (e) {
    err.text(pythonErrorText(e));
    return 1;
  } finally {
    running(false);
    dropPendingInterrupt();
    out.flush();
    err.flush();
  }
}

function pythonErrorText(e: unknown): string {
  if (e && typeof e === "object" && "name" in e && (e as { name: string }).name === "PythonError") {
    return String((e as unknown as { message: string }).message);
  }
  return `${e instanceof Error ? e.message : String(e)}\n`;
}

/** Runs source like the raw REPL does; returns the error text ("" on success), or null for SystemExit. */
function runSource(source: string): string | null {
  running(true);
  honourQueuedInterrupt();
  try {
    const result = mp.pyimport("board_install").run_source(source);
    return result === null || result === undefined ? null : String(result);
  } catch (e) {
    return pythonErrorText(e);
  } finally {
    running(false);
    dropPendingInterrupt();
  }
}

// ---- board mode: serial REPLs ----

let banner = "";

function softReset(repl: "friendly" | "raw"): never {
  out.text("MPY: soft reboot\r\n");
  out.flush();
  post({ t: "reset", kind: "soft", repl });
  for (;;) Atomics.wait(ctrl, Ctrl.SIGNAL, Atomics.load(ctrl, Ctrl.SIGNAL), 60_000);
}

function friendlyRepl(): "raw" {
  out.muted = true;
  mp.replInit();
  out.muted = false;
  out.text(banner + ">>> ");
  for (;;) {
    const c = readByte();
    if (c === 0x01) {
      out.text("\r\n");
      return "raw";
    }
    if (c === 0x02) {
      // Ctrl-B: a fresh friendly REPL with the board's banner (the port would print its own).
      out.text("\r\n");
      out.muted = true;
      mp.replInit();
      out.muted = false;
      out.text(banner + ">>> ");
      continue;
    }
    const executes = c === 0x0d || c === 0x0a || c === 0x04;
    if (executes) running(true);
    let ret = 0;
    try {
      ret = mp.replProcessChar(c);
    } catch (e) {
      out.text(pythonErrorText(e));
    } finally {
      if (executes) running(false);
    }
    if (ret !== 0) softReset("friendly");
  }
}

function rawRepl(): "friendly" {
  out.text("raw REPL; CTRL-B to exit\r\n");
  for (;;) {
    out.raw(">");
    let line: number[] = [];
    for (;;) {
      const c = readByte();
      if (c === 0x01) {
        if (line.length === 2 && line[0] === 0x05) {
          rawPaste(line[1]!);
          line = [];
          out.raw(">");
          continue;
        }
        out.text("raw REPL; CTRL-B to exit\r\n");
        line = [];
        out.raw(">");
        continue;
      }
      if (c === 0x02) {
        out.text("\r\n");
        return "friendly";
      }
      if (c === 0x03) {
        line = [];
        continue;
      }
      if (c === 0x04) break;
      line.push(c);
    }
    out.raw("OK");
    if (line.length === 0) {
      out.text("\r\n");
      softReset("raw");
    }
    execAndReport(Buffer.from(line).toString("utf8"));
  }
}

/** Execute raw-REPL code: output, \x04, error output, \x04 (EXEC_FLAG_PRINT_EOF). */
function execAndReport(source: string): void {
  const error = runSource(source);
  out.flush();
  out.raw("\x04");
  if (error === null) {
    out.raw("\x04");
    out.flush();
    softReset("raw");
  }
  out.text(error);
  out.raw("\x04");
  out.flush();
}

const PASTE_WINDOW = 128;

function rawPaste(command: number): void {
  if (command !== 0x41) {
    out.raw("R\x00");
    return;
  }
  out.raw("R\x01");
  out.raw(String.fromCharCode(PASTE_WINDOW & 0xff, PASTE_WINDOW >> 8, 0x01));
  let remain = PASTE_WINDOW;
  const data: number[] = [];
  for (;;) {
    const c = readByte();
    if (c === 0x04 || c === 0x03) {
      out.raw("\x04");
      if (c === 0x03) {
        out.raw("\x04");
        out.text("KeyboardInterrupt: \r\n");
        out.raw("\x04");
        return;
      }
      break;
    }
    data.push(c);
    if (--remain === 0) {
      out.raw("\x01");
      out.flush();
      remain = PASTE_WINDOW;
    }
  }
  execAndReport(Buffer.from(data).toString("utf8"));
}

/** As ESP32's main.c: boot.py, then main.py only in the friendly REPL and only if boot.py succeeded. */
function runBootFiles(repl: "friendly" | "raw"): void {
  const flash = (name: string) => existsSync(join(config.fsDir, name));
  const bootOk = flash("boot.py") ? runFile("boot.py") === 0 : true;
  if (bootOk && repl === "friendly" && flash("main.py")) runFile("main.py");
}

async function main(): Promise<void> {
  await bootVm();
  if (!board) {
    const argv = mp.pyimport("sys").argv;
    argv.clear();
    for (const a of [config.entry ?? "main.py", ...(config.args ?? [])]) argv.append(a);
    let code = config.boot ? runFile(config.boot) : 0;
    if (code === 0) code = runFile(config.entry ?? "main.py");
    out.flush();
    err.flush();
    post({ t: "exit", code });
    return;
  }
  banner = boardBanner(String(mp.pyimport("sys").version));
  post({ t: "ready" });
  runBootFiles(config.repl);
  let mode: "friendly" | "raw" = config.repl;
  for (;;) mode = mode === "friendly" ? friendlyRepl() : rawRepl();
}

main().catch((e) => {
  out.flush();
  err.text(`tsmp sim: the virtual board crashed: ${e instanceof Error ? e.stack : String(e)}\n`);
  err.flush();
  post({ t: "exit", code: 70 });
});
