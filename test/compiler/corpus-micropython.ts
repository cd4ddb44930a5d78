/**
 * The MicroPython side of the differential test: runs compiled files (the compiler's `files` map:
 * `main.py`, `lib/tsmp_core.py`, …) on real MicroPython and captures stdout byte for byte.
 * Backend: a small pool of worker threads, each program on a fresh WebAssembly VM
 * (test/compiler/corpus-mp-worker.mjs), with a per-program timeout that terminates the thread.
 */
import { Worker } from "node:worker_threads";

/** Message to the worker (test/compiler/corpus-mp-worker.mjs). */
interface MpJob {
  id: number;
  files: Array<[string, string]>;
  entry: string;
}
/** Its reply. */
interface MpResult {
  id: number;
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface MpRun {
  stdout: string;
  stderr: string;
  exitCode: number;
  timedOut: boolean;
}

const workerUrl = new URL("./corpus-mp-worker.mjs", import.meta.url);

interface Slot {
  worker: Worker;
  busy: boolean;
}

export class MicroPythonPool {
  private slots: Slot[] = [];
  private nextId = 1;
  private waiting: Array<() => void> = [];

  constructor(private readonly size: number, private readonly timeoutMs = 20_000) {}

  private spawn(): Worker {
    return new Worker(workerUrl);
  }

  private async acquire(): Promise<Slot> {
    for (;;) {
      const free = this.slots.find((s) => !s.busy);
      if (free) {
        free.busy = true;
        return free;
      }
      if (this.slots.length < this.size) {
        const slot = { worker: this.spawn(), busy: true };
        this.slots.push(slot);
        return slot;
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  private release(slot: Slot): void {
    slot.busy = false;
    this.waiting.shift()?.();
  }

  run(files: Map<string, string>, entry = "main.py"): Promise<MpRun> {
    return this.acquire().then(
      (slot) =>
        new Promise<MpRun>((resolve) => {
          const id = this.nextId++;
          const job: MpJob = { id, files: [...files], entry };
          const finish = (run: MpRun, replaceWorker: boolean) => {
            done = true;
            clearTimeout(timer);
            slot.worker.off("message", onMessage);
            slot.worker.off("error", onError);
            if (replaceWorker) {
              void slot.worker.terminate();
              slot.worker = this.spawn();
            }
            this.release(slot);
            resolve(run);
          };
          const onMessage = (result: MpResult) => {
            if (result.id === id) finish({ ...result, timedOut: false }, false);
          };
          const onError = (e: Error) => finish({ stdout: "", stderr: "worker crashed: " + e.message, exitCode: 2, timedOut: false }, true);
          let done = false;
          // The main thread may have been busy (compiling) when the timer came due: let any reply
          // already queued from the worker be handled first (poll phase), then decide.
          const timer = setTimeout(
            () =>
              setImmediate(() => {
                if (!done) finish({ stdout: "", stderr: `timed out after ${this.timeoutMs} ms`, exitCode: 124, timedOut: true }, true);
              }),
            this.timeoutMs,
          );
          slot.worker.on("message", onMessage);
          slot.worker.on("error", onError);
          slot.worker.postMessage(job);
        }),
    );
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots = [];
  }
}
