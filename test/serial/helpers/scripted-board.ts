/**
 * A scripted MicroPython board on the device side of a pty pair, byte-exact to the REPL protocol:
 * friendly `>>> ` prompt, Ctrl-C, Ctrl-A raw REPL banner, raw-paste (`R\x01` + window + `\x01`
 * flow control) or refusal (`R\x00`) or an old board (`ra…` banner again), plain raw REPL with
 * `OK`, output framed by `\x04`, Ctrl-B back to friendly, Ctrl-D soft reboot. It records protocol
 * violations (e.g. the host overrunning the raw-paste window) instead of hiding them.
 */
import { SerialPort } from "serialport";

export type PasteSupport = "paste" | "refuse" | "old" | "silent";

export interface ScriptedBoardOptions {
  paste?: PasteSupport;
  /** Raw-paste window increment (a real ESP32 uses 128). */
  window?: number;
  /** In raw-paste, stop the transfer after this many code bytes (as a board out of memory does): `\x04`, then an error. */
  stopAfter?: number;
  /** Runs the code the host sent; returns what the board prints. */
  run?(code: string): { stdout?: string; stderr?: string } | null;
}

export class ScriptedBoard {
  readonly received: Buffer[] = [];
  readonly executed: string[] = [];
  readonly violations: string[] = [];
  softResets = 0;
  /** Code bytes that arrived after the board asked the host to stop a raw-paste. */
  droppedAfterStop = 0;
  private mode: "friendly" | "raw" | "paste-data" | "paste-stopped" = "friendly";
  private code: number[] = [];
  private windowLeft = 0;
  private pending = Buffer.alloc(0);

  private constructor(private readonly port: SerialPort, private readonly options: ScriptedBoardOptions) {
    port.on("data", (chunk: Buffer) => {
      this.received.push(chunk);
      this.pending = Buffer.concat([this.pending, chunk]);
      this.process();
    });
  }

  static async attach(path: string, options: ScriptedBoardOptions = {}): Promise<ScriptedBoard> {
    const port = new SerialPort({ path, baudRate: 115200, autoOpen: false, lock: false } as ConstructorParameters<typeof SerialPort>[0]);
    await new Promise<void>((ok, fail) => port.open((e) => (e ? fail(e) : ok())));
    return new ScriptedBoard(port, options);
  }

  send(text: string | Uint8Array): void {
    if (this.options.paste === "silent") return;
    this.port.write(typeof text === "string" ? Buffer.from(text, "latin1") : Buffer.from(text));
  }

  close(): Promise<void> {
    return new Promise((ok) => (this.port.isOpen ? this.port.close(() => ok()) : ok()));
  }

  private process(): void {
    while (this.pending.length > 0) {
      const b = this.pending[0]!;
      if (this.mode === "paste-stopped") {
        // Drop what was in flight until the host acknowledges with \x04.
        this.pending = this.pending.subarray(1);
        if (b !== 0x04) this.droppedAfterStop++;
        if (b === 0x04) {
          this.mode = "raw";
          this.executed.push(Buffer.from(this.code).toString("utf8"));
          this.code = [];
          this.send("\x04MemoryError: memory allocation failed\r\n\x04>");
        }
        continue;
      }
      if (this.mode === "paste-data") {
        if (this.options.stopAfter !== undefined && this.code.length >= this.options.stopAfter && b !== 0x04) {
          this.mode = "paste-stopped";
          this.send("\x04");
          continue;
        }
        if (b === 0x04) {
          this.pending = this.pending.subarray(1);
          this.send("\x04");
          this.finishExec();
          continue;
        }
        if (this.windowLeft === 0) this.violations.push("host wrote past the raw-paste window");
        this.code.push(b);
        this.pending = this.pending.subarray(1);
        this.windowLeft--;
        const w = this.options.window ?? 128;
        if (this.code.length % w === 0) {
          // Consumed one more window's worth: hand it back.
          this.windowLeft += w;
          this.send("\x01");
        }
        continue;
      }
      if (this.mode === "raw") {
        if (b === 0x05) {
          if (this.pending.length < 3) return;
          if (this.pending[1] !== 0x41 || this.pending[2] !== 0x01) this.violations.push("bad raw-paste request");
          this.pending = this.pending.subarray(3);
          const support = this.options.paste ?? "paste";
          if (support === "paste") {
            const w = this.options.window ?? 128;
            this.send(Uint8Array.of(0x52, 0x01, w & 0xff, w >> 8, 0x01));
            this.windowLeft = 2 * w;
            this.code = [];
            this.mode = "paste-data";
          } else if (support === "refuse") {
            this.send("R\x00");
          } else {
            this.send("raw REPL; CTRL-B to exit\r\n>");
          }
          continue;
        }
        this.pending = this.pending.subarray(1);
        if (b === 0x04) {
          if (this.code.length === 0) {
            this.softResets++;
            this.send("soft reboot\r\nraw REPL; CTRL-B to exit\r\n>");
          } else {
            this.send("OK");
            this.finishExec();
          }
        } else if (b === 0x02) {
          this.mode = "friendly";
          this.code = [];
          this.send("\r\nMicroPython v1.24.0 on 2024-10-25; Generic ESP32 module with ESP32\r\nType \"help()\" for more information.\r\n>>> ");
        } else if (b === 0x01) {
          this.code = [];
          this.send("\r\nraw REPL; CTRL-B to exit\r\n>");
        } else if (b === 0x03) {
          this.code = [];
        } else {
          this.code.push(b);
        }
        continue;
      }
      // friendly REPL
      this.pending = this.pending.subarray(1);
      if (b === 0x03) this.send("\r\nKeyboardInterrupt\r\n>>> ");
      else if (b === 0x01) {
        this.mode = "raw";
        this.code = [];
        this.send("raw REPL; CTRL-B to exit\r\n>");
      } else if (b === 0x04) {
        this.softResets++;
        this.send("MPY: soft reboot\r\nhello from main.py\r\n");
      } else if (b === 0x0d) this.send("\r\n>>> ");
    }
  }

  private finishExec(): void {
    const code = Buffer.from(this.code).toString("utf8");
    this.code = [];
    this.mode = "raw";
    this.executed.push(code);
    const result = this.options.run ? this.options.run(code) : {};
    if (result === null) return; // a program that never finishes
    this.send(`${result.stdout ?? ""}\x04${result.stderr ?? ""}\x04>`);
  }
}
