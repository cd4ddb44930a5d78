/**
 * `runProgram`: run compiled MicroPython (`entry` inside `dir`) on the host with the board
 * modules and the TCP bridge, either on the WebAssembly VM (a worker, same as the virtual
 * board) or on a unix `micropython`. Stdout passes through; an uncaught exception prints its
 * traceback on stderr and gives a non-zero exit code; SIGINT (or `signal`) interrupts it.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join, resolve } from "node:path";
import { TsmpError } from "../cli/errors.ts";
import { VmHost } from "./vm-host.ts";
import { ResetCause } from "./vm-protocol.ts";
import { boardIdFor } from "./board-identity.ts";
import { selectMicroPython } from "./micropython-select.ts";

export interface RunProgramOptions {
  /** Folder holding the compiled files (main.py, lib/…); it is the program's filesystem root. */
  dir: string;
  /** File to run, relative to dir (e.g. "main.py"). */
  entry: string;
  /** Unix micropython binary, or "wasm"; default: TSMP_MICROPYTHON, then PATH, then WebAssembly. */
  micropython?: string;
  stdout?: NodeJS.WritableStream;
  stderr?: NodeJS.WritableStream;
  /** Run boot.py from dir first when it exists (as a board does before main.py); a failing boot.py stops there. */
  bootFirst?: boolean;
  /** Passed as sys.argv[1:]. */
  args?: string[];
  /** Aborting interrupts the program (like Ctrl-C); listens to SIGINT when not given. */
  signal?: AbortSignal;
}

/** Exit code for a program stopped by Ctrl-C / SIGINT. */
export const EXIT_INTERRUPTED = 130;

const BOARD_PY = fileURLToPath(new URL("./board-py/", import.meta.url));

export async function runProgram(options: RunProgramOptions): Promise<number> {
  const dir = resolve(options.dir);
  if (!existsSync(join(dir, options.entry))) {
    throw new TsmpError("BAD_ARGUMENT", `no ${options.entry} in ${dir}`, { hint: "build the program first (tsmp build), or pass the folder that holds it" });
  }
  const choice = selectMicroPython(options.micropython);
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const boot = options.bootFirst && options.entry !== "boot.py" && existsSync(join(dir, "boot.py")) ? "boot.py" : undefined;
  const interrupts = interruptSource(options.signal);
  try {
    if (choice.kind === "unix") {
      const runnerArgs = boot ? ["--boot", boot, options.entry] : [options.entry];
      return await runUnix(choice.path, dir, runnerArgs, options.args ?? [], stdout, stderr, interrupts);
    }
    return await runWasm(dir, options.entry, boot, options.args ?? [], stdout, stderr, interrupts);
  } finally {
    interrupts.dispose();
  }
}

interface InterruptSource {
  on(handler: () => void): void;
  dispose(): void;
}

function interruptSource(signal?: AbortSignal): InterruptSource {
  const handlers: (() => void)[] = [];
  const fire = () => handlers.forEach((h) => h());
  if (signal) {
    signal.addEventListener("abort", fire);
    return { on: (h) => { handlers.push(h); if (signal.aborted) h(); }, dispose: () => signal.removeEventListener("abort", fire) };
  }
  process.on("SIGINT", fire);
  return { on: (h) => handlers.push(h), dispose: () => process.off("SIGINT", fire) };
}

function runWasm(
  dir: string,
  entry: string,
  boot: string | undefined,
  args: string[],
  stdout: NodeJS.WritableStream,
  stderr: NodeJS.WritableStream,
  interrupts: InterruptSource,
): Promise<number> {
  return new Promise((resolveExit) => {
    let finished = false;
    let interrupted = 0;
    const finish = (code: number) => {
      if (finished) return;
      finished = true;
      void vm.stop().then(() => resolveExit(code));
    };
    const vm = new VmHost({
      out: (data) => stdout.write(data),
      err: (data) => stderr.write(data),
      exit: (code) => finish(code),
      watchdog: (ms) => {
        stderr.write(`machine.WDT: the program did not feed the watchdog within ${ms} ms (a board would reset here)\n`);
        finish(1);
      },
      stuck: () => {
        stderr.write("KeyboardInterrupt (the program did not yield; stopped)\n");
        finish(EXIT_INTERRUPTED);
      },
    });
    interrupts.on(() => {
      interrupted++;
      if (interrupted > 1) {
        stderr.write("KeyboardInterrupt (stopped)\n");
        finish(EXIT_INTERRUPTED);
      } else vm.interrupt();
    });
    vm.start({ mode: "program", fsDir: dir, entry, boot, args, resetCause: ResetCause.PWRON, boardId: boardIdFor(dir) });
  });
}

function runUnix(
  binary: string,
  dir: string,
  runnerArgs: string[],
  args: string[],
  stdout: NodeJS.WritableStream,
  stderr: NodeJS.WritableStream,
  interrupts: InterruptSource,
): Promise<number> {
  return new Promise((resolveExit, reject) => {
    const env = { ...process.env, MICROPYPATH: [BOARD_PY, ".frozen", join(dir, "lib"), dir].join(":") };
    const child = spawn(binary, [join(BOARD_PY, "tsmp_run.py"), ...runnerArgs, ...args], { cwd: dir, env, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (d: Buffer) => stdout.write(d));
    child.stderr.on("data", (d: Buffer) => stderr.write(d));
    interrupts.on(() => child.kill("SIGINT"));
    child.once("error", (e) =>
      reject(new TsmpError("NO_MICROPYTHON", `could not start ${binary}: ${e.message}`, { hint: "check the --micropython path / TSMP_MICROPYTHON" })),
    );
    child.once("close", (code, signal) => resolveExit(code ?? (signal === "SIGINT" ? EXIT_INTERRUPTED : 1)));
  });
}
