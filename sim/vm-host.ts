/**
 * The main-thread side of one virtual CPU: starts the MicroPython worker (sim/vm-worker.ts),
 * feeds it serial input through the shared ring, turns Ctrl-C into an interrupt while code
 * runs (and, for code that never calls out, into a reset after a grace period), answers its
 * host calls with the TCP bridge, and restarts it when the board resets.
 */
import { Worker, MessageChannel } from "node:worker_threads";
import { fileURLToPath } from "node:url";
import { workerEntry } from "./worker-entry.ts";
import { Ctrl, CTRL_WORDS, INPUT_RING_SIZE, type WorkerConfig, type WorkerMessage } from "./vm-protocol.ts";
import { TcpBridge } from "./tcp-bridge.ts";

/** How long running code gets to notice Ctrl-C before the VM is reset instead. */
export const INTERRUPT_GRACE_MS = 1500;

export interface VmEvents {
  out(data: Uint8Array): void;
  err?(data: Uint8Array): void;
  /** Program mode: the program ended with this exit code. */
  exit?(code: number): void;
  /** Board mode: the VM asked to be restarted (soft reboot, machine.reset(), deepsleep). */
  reset?(kind: "hard" | "soft" | "deepsleep", repl: "friendly" | "raw"): void;
  /** Ctrl-C did not stop the code within the grace period. */
  stuck?(): void;
  /** machine.WDT was not fed in time. */
  watchdog?(timeoutMs: number): void;
}

export interface VmStart {
  mode: "board" | "program";
  fsDir: string;
  entry?: string;
  boot?: string;
  args?: string[];
  repl?: "friendly" | "raw";
  softReboot?: boolean;
  resetCause: number;
  boardId: string;
}

const BOARD_PY = fileURLToPath(new URL("./board-py/", import.meta.url));

export class VmHost {
  private readonly control = new SharedArrayBuffer(CTRL_WORDS * 4);
  private readonly ctrl = new Int32Array(this.control);
  private readonly input = new SharedArrayBuffer(INPUT_RING_SIZE);
  private readonly ring = new Uint8Array(this.input);
  private backlog: number[] = [];
  private backlogTimer?: NodeJS.Timeout;
  private graceTimer?: NodeJS.Timeout;
  private worker?: Worker;
  private bridge = new TcpBridge();
  private generation = 0;
  private mode: "board" | "program" = "board";
  private wdtTimer?: NodeJS.Timeout;
  private wdtMs = 0;

  constructor(private readonly events: VmEvents) {}

  /** Start (or restart) the worker. Input not yet consumed stays queued for the new one. */
  start(start: VmStart): void {
    this.stopWorker();
    const generation = ++this.generation;
    this.mode = start.mode;
    Atomics.store(this.ctrl, Ctrl.RUNNING, 0);
    Atomics.store(this.ctrl, Ctrl.INTERRUPT, 0);
    const { port1, port2 } = new MessageChannel();
    const config: WorkerConfig = {
      mode: start.mode,
      fsDir: start.fsDir,
      entry: start.entry,
      boot: start.boot,
      args: start.args,
      repl: start.repl ?? "friendly",
      softReboot: start.softReboot ?? false,
      resetCause: start.resetCause,
      boardId: start.boardId,
      boardPyDir: BOARD_PY,
      control: this.control,
      input: this.input,
      replyPort: port2,
    };
    const entry = workerEntry();
    const worker = new Worker(entry.script, {
      eval: entry.eval,
      workerData: config,
      transferList: [port2],
      stdout: false,
      stderr: false,
    });
    this.worker = worker;
    const bridge = (this.bridge = new TcpBridge());
    worker.on("message", (m: WorkerMessage) => {
      if (generation !== this.generation) return;
      switch (m.t) {
        case "out":
          this.events.out(m.data);
          break;
        case "err":
          (this.events.err ?? this.events.out)(m.data);
          break;
        case "call":
          void bridge.handle(m.seq, m.op, m.args).then((value) => {
            if (generation !== this.generation) return;
            port1.postMessage({ seq: m.seq, value });
            Atomics.add(this.ctrl, Ctrl.SIGNAL, 1);
            Atomics.notify(this.ctrl, Ctrl.SIGNAL);
          });
          break;
        case "cancel":
          bridge.cancel(m.seq);
          break;
        case "reset":
          this.events.reset?.(m.kind, m.repl);
          break;
        case "exit":
          this.events.exit?.(m.code);
          break;
        case "wdt":
          this.watchdog(m.ms, generation);
          break;
      }
    });
    worker.on("error", (e: unknown) => {
      if (generation !== this.generation) return;
      const text = e instanceof Error ? (e.stack ?? e.message) : String(e);
      this.events.err?.(Buffer.from(`tsmp: the MicroPython worker failed: ${text}\n`));
      this.events.exit?.(70);
    });
  }

  /** Bytes from the serial line. Ctrl-C while code runs interrupts it instead of being input. */
  write(data: Uint8Array): void {
    for (const b of data) {
      if (b === 0x03 && Atomics.load(this.ctrl, Ctrl.RUNNING) === 1) {
        this.interrupt();
        continue;
      }
      this.backlog.push(b);
    }
    this.pump();
  }

  /** Raise KeyboardInterrupt in running code (SIGINT for programs, Ctrl-C on the serial line). */
  interrupt(): void {
    Atomics.store(this.ctrl, Ctrl.INTERRUPT, 1);
    Atomics.notify(this.ctrl, Ctrl.INTERRUPT);
    Atomics.add(this.ctrl, Ctrl.SIGNAL, 1);
    Atomics.notify(this.ctrl, Ctrl.SIGNAL);
    if (this.graceTimer) return;
    this.armGrace(this.generation);
  }

  private armGrace(generation: number): void {
    this.graceTimer = setTimeout(() => {
      this.graceTimer = undefined;
      if (generation !== this.generation) return;
      if (Atomics.load(this.ctrl, Ctrl.INTERRUPT) !== 1) return;
      if (Atomics.load(this.ctrl, Ctrl.RUNNING) === 1) this.events.stuck?.();
      // A program interrupted while still booting gets its grace period once it runs; on the
      // board a Ctrl-C that raced with the end of the code is stale and dropped.
      else if (this.mode === "program") this.armGrace(generation);
      else Atomics.store(this.ctrl, Ctrl.INTERRUPT, 0);
    }, INTERRUPT_GRACE_MS);
    this.graceTimer.unref();
  }

  private watchdog(ms: number, generation: number): void {
    if (ms > 0) this.wdtMs = ms;
    if (this.wdtMs === 0) return;
    if (this.wdtTimer) clearTimeout(this.wdtTimer);
    const timeout = this.wdtMs;
    this.wdtTimer = setTimeout(() => {
      this.wdtTimer = undefined;
      if (generation === this.generation) this.events.watchdog?.(timeout);
    }, timeout);
    this.wdtTimer.unref();
  }

  private pump(): void {
    let head = Atomics.load(this.ctrl, Ctrl.IN_HEAD);
    const tail = Atomics.load(this.ctrl, Ctrl.IN_TAIL);
    let free = INPUT_RING_SIZE - ((head - tail) | 0);
    let i = 0;
    while (i < this.backlog.length && free > 0) {
      this.ring[head & (INPUT_RING_SIZE - 1)] = this.backlog[i]!;
      head = (head + 1) | 0;
      i++;
      free--;
    }
    if (i > 0) {
      this.backlog = this.backlog.slice(i);
      Atomics.store(this.ctrl, Ctrl.IN_HEAD, head);
      Atomics.notify(this.ctrl, Ctrl.IN_HEAD);
    }
    if (this.backlog.length > 0 && !this.backlogTimer) {
      this.backlogTimer = setTimeout(() => {
        this.backlogTimer = undefined;
        this.pump();
      }, 2);
    }
  }

  private stopWorker(): void {
    this.generation++;
    if (this.wdtTimer) clearTimeout(this.wdtTimer);
    this.wdtTimer = undefined;
    this.wdtMs = 0;
    if (this.graceTimer) clearTimeout(this.graceTimer);
    this.graceTimer = undefined;
    this.bridge.closeAll();
    const w = this.worker;
    this.worker = undefined;
    if (w) void w.terminate();
  }

  /** Stop the worker and drop queued input. */
  async stop(): Promise<void> {
    const w = this.worker;
    this.stopWorker();
    if (this.backlogTimer) clearTimeout(this.backlogTimer);
    this.backlogTimer = undefined;
    this.backlog = [];
    if (w) await w.terminate();
  }
}
