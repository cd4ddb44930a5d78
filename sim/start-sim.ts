/**
 * `startSim`: power on a virtual board behind a pseudo-terminal, optionally with a stable
 * symlink to it (`link`), its flash in `fsDir` (default: a fresh temp folder removed on stop;
 * `tsmp sim` defaults to .tsmp/sim-flash instead so files survive restarts).
 */
import { lstatSync, mkdirSync, mkdtempSync, readlinkSync, rmSync, symlinkSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { TsmpError } from "../cli/errors.ts";
import { VirtualBoard } from "./virtual-board.ts";
import { selectMicroPython } from "./micropython-select.ts";
import { UnixBoard } from "./unix-board.ts";

export interface SimOptions {
  /** Host folder that is the board's flash (created if missing). */
  fsDir?: string;
  /** Path of a symlink to create pointing at the pty (e.g. /tmp/tsmp-board). */
  link?: string;
  /** A unix micropython binary to run the board on, or "wasm" (default: TSMP_MICROPYTHON, else WebAssembly). */
  micropython?: string;
  /** Accepted for symmetry with a real port; a pty has no baud rate. */
  baud?: number;
}

export interface Sim {
  /** The pty slave path, e.g. /dev/pts/3: open it like /dev/ttyUSB0. */
  path: string;
  /** The symlink, when `link` was given. */
  link?: string;
  /** The flash folder. */
  fsDir: string;
  /** Press the reset (EN) button: ROM boot lines, boot.py, main.py, banner; reset_cause HARD_RESET. */
  reset(): void;
  stop(): Promise<void>;
}

export async function startSim(options: SimOptions = {}): Promise<Sim> {
  // Only an explicit choice (option or TSMP_MICROPYTHON) runs the board on a unix micropython;
  // a `micropython` on PATH is for `tsmp run`: the WebAssembly board is the faithful one.
  const choice = options.micropython || process.env.TSMP_MICROPYTHON ? selectMicroPython(options.micropython, { ...process.env, PATH: "" }) : undefined;
  const ownDir = options.fsDir === undefined;
  const fsDir = ownDir ? mkdtempSync(join(tmpdir(), "tsmp-sim-flash-")) : resolve(options.fsDir!);
  mkdirSync(fsDir, { recursive: true });
  const board = choice?.kind === "unix" ? new UnixBoard(choice.path, fsDir) : new VirtualBoard(fsDir);
  const path = await board.start();
  let link: string | undefined;
  try {
    if (options.link) link = makeLink(resolve(options.link), path);
  } catch (e) {
    await board.stop();
    throw e;
  }
  let stopped = false;
  return {
    path,
    link,
    fsDir,
    reset: () => board.pressReset(),
    async stop() {
      if (stopped) return;
      stopped = true;
      await board.stop();
      if (link) removeLink(link, path);
      if (ownDir) rmSync(fsDir, { recursive: true, force: true });
    },
  };
}

function makeLink(link: string, target: string): string {
  try {
    const st = lstatSync(link);
    if (!st.isSymbolicLink()) {
      throw new TsmpError("BAD_ARGUMENT", `--link ${link} exists and is not a symlink; not replacing it`, {
        hint: "choose another --link path (e.g. /tmp/tsmp-board)",
      });
    }
    unlinkSync(link);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
  mkdirSync(dirname(link), { recursive: true });
  symlinkSync(target, link);
  return link;
}

function removeLink(link: string, target: string): void {
  try {
    if (readlinkSync(link) === target) unlinkSync(link);
  } catch {
    // gone already
  }
}
