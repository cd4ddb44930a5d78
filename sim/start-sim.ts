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
import { WASM_NAMES } from "./micropython-select.ts";

export interface SimOptions {
  /** Host folder that is the board's flash (created if missing). */
  fsDir?: string;
  /** Path of a symlink to create pointing at the pty (e.g. /tmp/tsmp-board). */
  link?: string;
  /** Only the WebAssembly MicroPython can run the virtual board ("wasm" or undefined). */
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
  stop(): Promise<void>;
}

export async function startSim(options: SimOptions = {}): Promise<Sim> {
  if (options.micropython && !WASM_NAMES.has(options.micropython.toLowerCase())) {
    throw new TsmpError("BAD_ARGUMENT", "the virtual board runs the WebAssembly MicroPython; --micropython applies to 'tsmp run' only", {
      hint: "drop --micropython for 'tsmp sim' (use it with 'tsmp run' to pick a unix micropython)",
    });
  }
  const ownDir = options.fsDir === undefined;
  const fsDir = ownDir ? mkdtempSync(join(tmpdir(), "tsmp-sim-flash-")) : resolve(options.fsDir!);
  mkdirSync(fsDir, { recursive: true });
  const board = new VirtualBoard(fsDir);
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
