/**
 * The contract between the main thread and the MicroPython worker (sim/vm-worker.ts): the
 * layout of the shared control words, the input ring buffer, and the messages both ways.
 * The worker blocks with Atomics.wait on these words; the main thread does all real I/O.
 */

/** Indexes into the shared Int32Array of control words. */
export const Ctrl = {
  /** Bumped by the main thread after it posted a reply to a host call. */
  SIGNAL: 0,
  /** 1 while a Ctrl-C waits to be delivered to running code; the worker clears it. */
  INTERRUPT: 1,
  /** 1 while the worker runs user code (Ctrl-C then interrupts instead of being input). */
  RUNNING: 2,
  /** Total bytes the main thread has put into the input ring (monotonic). */
  IN_HEAD: 3,
  /** Total bytes the worker has taken from the input ring (monotonic). */
  IN_TAIL: 4,
} as const;

export const CTRL_WORDS = 8;
export const INPUT_RING_SIZE = 1 << 16;

/** What the worker is started to do. */
export interface WorkerConfig {
  mode: "board" | "program";
  /** Host folder that is the board's flash (board) or holds the program (program). */
  fsDir: string;
  /** Program mode: file to run, relative to fsDir. */
  entry?: string;
  /** Program mode: run this file first (boot.py), stopping there if it fails, like a board. */
  boot?: string;
  /** Program mode: sys.argv[1:]. */
  args?: string[];
  /** Board mode: which REPL to enter after boot ("raw" after a soft reset from the raw REPL). */
  repl: "friendly" | "raw";
  /** Board mode: print "MPY: soft reboot" first? (false on power-on and hard reset). */
  softReboot: boolean;
  /** machine.reset_cause() value for this boot. */
  resetCause: number;
  /** 12 hex digits: MAC / machine.unique_id(). */
  boardId: string;
  /** Folder of the board modules (sim/board-py/), copied into the VM at boot. */
  boardPyDir: string;
  control: SharedArrayBuffer;
  input: SharedArrayBuffer;
  replyPort: MessagePort;
}

/** Messages from the worker to the main thread. */
export type WorkerMessage =
  | { t: "out"; data: Uint8Array }
  | { t: "err"; data: Uint8Array }
  | { t: "call"; seq: number; op: HostOp; args: (string | number)[] }
  | { t: "cancel"; seq: number }
  | { t: "reset"; kind: "hard" | "soft" | "deepsleep"; repl: "friendly" | "raw" }
  | { t: "exit"; code: number }
  /** machine.WDT: start with a timeout (ms > 0) or feed (ms = 0). */
  | { t: "wdt"; ms: number }
  | { t: "ready" };

export type HostOp = "dns" | "tcp_connect" | "tcp_tls" | "tcp_send" | "tcp_recv" | "tcp_poll" | "tcp_close";

/** A reply to a host call, posted on the reply port. */
export interface HostReply {
  seq: number;
  value: string;
}

/** MicroPython's reset causes (machine.reset_cause()). */
export const ResetCause = { PWRON: 1, HARD: 2, WDT: 3, DEEPSLEEP: 4, SOFT: 5 } as const;
