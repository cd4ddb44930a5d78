/**
 * The virtual board run by a unix `micropython` (tsmp sim --micropython PATH): the child runs
 * sim/board-py/board_serial.py on pipes, which speaks the serial protocols itself; this side
 * relays between the pty and the child, turns \n into \r\n, makes Ctrl-C a SIGINT, and restarts
 * the child when it exits for a soft reboot, machine.reset() or deepsleep. Sockets are the unix
 * port's own; the flash folder is its root (VfsPosix).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { PtyPort } from "./pty-port.ts";

const BOARD_PY = fileURLToPath(new URL("./board-py/", import.meta.url));
const EXIT = { SOFT_FRIENDLY: 80, SOFT_RAW: 81, HARD: 82, DEEPSLEEP: 83 } as const;

export class UnixBoard {
  private port?: PtyPort;
  private child?: ChildProcess;
  private lastCR = false;
  private stopping = false;

  constructor(private readonly binary: string, private readonly fsDir: string) {}

  async start(): Promise<string> {
    this.port = await PtyPort.open((data) => this.input(data));
    this.boot("friendly", "power");
    return this.port.path;
  }

  private input(data: Buffer): void {
    const child = this.child;
    if (!child?.stdin) return;
    let from = 0;
    for (let i = 0; i < data.length; i++) {
      if (data[i] !== 0x03) continue;
      if (i > from) child.stdin.write(data.subarray(from, i));
      child.kill("SIGINT");
      from = i + 1;
    }
    if (from < data.length) child.stdin.write(data.subarray(from));
  }

  private output(data: Buffer): void {
    const cooked: number[] = [];
    for (const b of data) {
      if (b === 0x0a && !this.lastCR) cooked.push(0x0d);
      cooked.push(b);
      this.lastCR = b === 0x0d;
    }
    this.port?.write(Uint8Array.from(cooked));
  }

  private boot(repl: "friendly" | "raw", reason: "power" | "soft"): void {
    const child = spawn(this.binary, [join(BOARD_PY, "board_serial.py"), this.fsDir, repl, reason], {
      cwd: this.fsDir,
      env: { ...process.env, MICROPYPATH: [BOARD_PY, ".frozen", join(this.fsDir, "lib"), this.fsDir].join(":") },
      stdio: ["pipe", "pipe", "pipe"],
    });
    this.child = child;
    child.stdout!.on("data", (d: Buffer) => this.output(d));
    child.stderr!.on("data", (d: Buffer) => this.output(d));
    child.stdin!.on("error", () => {});
    child.once("error", (e) => this.output(Buffer.from(`\ntsmp sim: could not start ${this.binary}: ${e.message}\n`)));
    child.once("exit", (code) => {
      if (this.stopping || this.child !== child) return;
      if (code === EXIT.SOFT_FRIENDLY) this.boot("friendly", "soft");
      else if (code === EXIT.SOFT_RAW) this.boot("raw", "soft");
      else if (code === EXIT.HARD || code === EXIT.DEEPSLEEP) {
        const reason = code === EXIT.HARD ? "0xc (SW_CPU_RESET)" : "0x5 (DEEPSLEEP_RESET)";
        this.output(Buffer.from(`ets Jul 29 2019 12:21:46\n\nrst:${reason},boot:0x13 (SPI_FAST_FLASH_BOOT)\n`));
        this.boot("friendly", "power");
      } else {
        this.output(Buffer.from(`\ntsmp sim: ${this.binary} exited (${code}); the board is off\n`));
      }
    });
  }

  /** The EN (reset) button: the interpreter is killed and started again. */
  pressReset(): void {
    const old = this.child;
    this.child = undefined;
    old?.kill("SIGKILL");
    this.output(Buffer.from("ets Jul 29 2019 12:21:46\n\nrst:0x1 (POWERON_RESET),boot:0x13 (SPI_FAST_FLASH_BOOT)\n"));
    this.boot("friendly", "power");
  }

  async stop(): Promise<void> {
    this.stopping = true;
    const child = this.child;
    if (child && child.exitCode === null) {
      await new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGKILL");
      });
    }
    this.port?.close();
  }
}
