/**
 * `monitor(port, options)`: the board's console on stdout and the keyboard on the board. Raw-mode
 * stdin on a terminal (Ctrl-] quits); piped or /dev/null stdin is forwarded (`\n` → `\r`) and the
 * monitor keeps streaming until Ctrl-] in the input, `exitAfterMs`, the abort signal, or a kill.
 * Tracebacks are rewritten to TypeScript positions through the project's source maps; a reset or a
 * USB re-plug is survived: the monitor waits for the port to come back and reopens it (not for a
 * bare /dev/pts/N: a pseudo-terminal never comes back, and its number goes to the next terminal).
 */
import { appendFileSync, existsSync } from "node:fs";
import { ConsoleRewriter } from "./console-rewriter.ts";
import { SerialTransport, sleep } from "./transport.ts";

export type MonitorInput = NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?(raw: boolean): unknown };

export interface MonitorOptions {
  input?: MonitorInput;
  output?: NodeJS.WritableStream;
  /** Status lines (`[tsmp] …`), default to stderr. */
  status?: (line: string) => void;
  /** Soft-reset the board first so the program starts from the top. */
  reset?: boolean;
  timestamps?: boolean;
  /** Append everything shown to this file. */
  logFile?: string;
  /** Folder of the project's source maps (`<project>/.tsmp/maps`) for traceback rewriting. */
  mapsDir?: string;
  /** Stop after this long (for scripts). */
  exitAfterMs?: number;
  /** Stop once the console has shown this text (for scripts). */
  exitOn?: string;
  /** Reopen the port after a reset / re-plug (default true). */
  reconnect?: boolean;
  signal?: AbortSignal;
  baudRate?: number;
}

const CTRL_RIGHT_BRACKET = 0x1d;

/** `/dev/pts/N` (a sim without --link): never reopened by number, the kernel hands it to the next terminal. */
export function isPseudoTerminal(path: string): boolean {
  return /^\/dev\/pts\/\d+$/.test(path);
}

/** Loads the compiler's traceback mapper when it exists; identity otherwise. */
export async function loadTracebackMapper(mapsDir: string | undefined): Promise<((text: string) => string) | undefined> {
  if (!mapsDir) return undefined;
  const modulePath = "../../compiler/source-map.ts";
  try {
    const mod = (await import(modulePath)) as { mapPythonTraceback?: (text: string, mapsDir: string) => string };
    const map = mod.mapPythonTraceback;
    if (!map) return undefined;
    return (text) => {
      try {
        return map(text, mapsDir);
      } catch {
        return text;
      }
    };
  } catch {
    return undefined;
  }
}

export async function monitor(portPath: string, options: MonitorOptions = {}): Promise<void> {
  const input: MonitorInput = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const status = options.status ?? ((line: string) => process.stderr.write(`[tsmp] ${line}\n`));
  const rewriter = new ConsoleRewriter({
    rewrite: await loadTracebackMapper(options.mapsDir),
    timestamps: options.timestamps,
    onReset: (reason) => status(`board reset: ${reason}`),
  });
  const decoder = new TextDecoder("utf-8", { fatal: false });
  let transport = await SerialTransport.open(portPath, { baudRate: options.baudRate });
  let seen = "";

  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  let done = false;
  const stop = (): void => {
    done = true;
    finish();
  };

  const show = (text: string): void => {
    if (text === "") return;
    output.write(text);
    if (options.logFile) appendFileSync(options.logFile, text);
  };
  const attach = (t: SerialTransport): void => {
    t.onData((chunk) => {
      const text = decoder.decode(chunk, { stream: true });
      show(rewriter.push(text));
      if (options.exitOn) {
        seen = (seen + text).slice(-4 * options.exitOn.length - 4096);
        if (seen.includes(options.exitOn)) stop();
      }
    });
    t.onClose((error) => {
      if (!error || done) return;
      show(rewriter.flush());
      if (options.reconnect === false) {
        status(`${portPath} disconnected`);
        stop();
        return;
      }
      if (isPseudoTerminal(portPath)) {
        // A pty never comes back; its number will be reused by some other terminal.
        status(`${portPath} went away (the virtual board stopped?); follow sim restarts with its --link path instead`);
        stop();
        return;
      }
      status(`${portPath} disconnected; waiting for it to come back (Ctrl-] quits)`);
      void reopen();
    });
  };
  const reopen = async (): Promise<void> => {
    while (!done) {
      await sleep(300);
      if (done || !existsSync(portPath)) continue;
      try {
        const reopened = await SerialTransport.open(portPath, { baudRate: options.baudRate });
        if (done) {
          await reopened.close();
          return;
        }
        transport = reopened;
        attach(transport);
        status(`reconnected to ${portPath}`);
        return;
      } catch {
        // not back yet (still enumerating, or busy for a moment)
      }
    }
  };

  const isTty = Boolean(input.isTTY && input.setRawMode);
  const onInput = (chunk: Buffer | string): void => {
    let bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    const quit = bytes.indexOf(CTRL_RIGHT_BRACKET);
    if (quit >= 0) bytes = bytes.subarray(0, quit);
    if (!isTty) bytes = Buffer.from(bytes.toString("latin1").replace(/\r?\n/g, "\r"), "latin1");
    if (bytes.length > 0 && transport.isOpen) void transport.write(bytes).catch(() => {});
    if (quit >= 0) stop();
  };

  const timers: NodeJS.Timeout[] = [];
  const onAbort = (): void => stop();
  try {
    attach(transport);
    if (isTty) input.setRawMode!(true);
    input.on("data", onInput);
    input.resume();
    options.signal?.addEventListener("abort", onAbort, { once: true });
    if (options.signal?.aborted) stop();
    if (options.exitAfterMs !== undefined) timers.push(setTimeout(stop, options.exitAfterMs));
    status(`monitoring ${portPath}${isTty ? " (Ctrl-] quits)" : ""}`);
    if (options.reset) await transport.write(Uint8Array.of(0x03, 0x03, 0x02, 0x04));
    await finished;
  } finally {
    done = true;
    for (const t of timers) clearTimeout(t);
    options.signal?.removeEventListener("abort", onAbort);
    input.off("data", onInput);
    if (isTty) input.setRawMode!(false);
    input.pause();
    show(rewriter.flush());
    await transport.close();
  }
}
