/**
 * Starts the CPython stand-in board (cpython_board.py) behind a socat pty pair. `reset()` kills the
 * board process wherever it is (a reset at an arbitrary instruction) and starts it again on the
 * same flash folder; the host side of the pty stays the same path.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { openPtyPair, type PtyPair } from "./pty-pair.ts";

const script = join(import.meta.dirname, "cpython_board.py");

export interface StandInBoard {
  path: string;
  fsDir: string;
  /** Kills the board process and boots it again (the pty stays). */
  reset(): Promise<void>;
  /** Pulls the USB cable: the host path disappears until `replug()`. Needs `hostLink`. */
  unplug(): Promise<void>;
  replug(): Promise<void>;
  stop(): Promise<void>;
}

/** `quota`: flash size in bytes (writes beyond it fail with OSError 28, as on a full board); 0 = unlimited. */
export async function startStandInBoard(fsDir: string, window = 128, hostLink?: string, quota = 0): Promise<StandInBoard> {
  let pair: PtyPair = await openPtyPair(hostLink);
  let child: ChildProcess | undefined;
  const boot = async (): Promise<void> => {
    child = spawn("python3", [script, pair.device, fsDir, String(window), String(quota)], { stdio: ["ignore", "ignore", "inherit"] });
    await new Promise((r) => setTimeout(r, 60));
  };
  const kill = (): Promise<void> =>
    new Promise((resolve) => {
      const c = child;
      if (!c || c.exitCode !== null || c.signalCode !== null) return resolve();
      c.once("exit", () => resolve());
      c.kill("SIGKILL");
    });
  await boot();
  return {
    path: pair.host,
    fsDir,
    async reset() {
      await kill();
      await boot();
    },
    async unplug() {
      await kill();
      await pair.stop();
    },
    async replug() {
      pair = await openPtyPair(hostLink);
      // Like a real board on native USB: the port enumerates, the host opens it (a monitor polls
      // every 300 ms), and the power-on output comes after that.
      await new Promise((r) => setTimeout(r, 800));
      await boot();
    },
    async stop() {
      await kill();
      await pair.stop();
    },
  };
}
