/**
 * One virtual Eduponics Mini: a MicroPython VM (sim/vm-host.ts) wired to a pseudo-terminal
 * (sim/pty-port.ts) and a flash folder, with the board's reset behaviour: power-on, soft
 * reboot (Ctrl-D, sys.exit), machine.reset() and deepsleep wake (the VM restarts with ROM boot
 * lines first), the watchdog (machine.WDT not fed), and the reset button when Ctrl-C cannot stop
 * code that never yields.
 */
import { VmHost } from "./vm-host.ts";
import { PtyPort } from "./pty-port.ts";
import { ResetCause } from "./vm-protocol.ts";
import { boardIdFor } from "./board-identity.ts";

const ROM_BOOT = (reason: string) =>
  `ets Jul 29 2019 12:21:46\r\n\r\nrst:${reason},boot:0x13 (SPI_FAST_FLASH_BOOT)\r\n`;

export class VirtualBoard {
  private vm: VmHost;
  private port?: PtyPort;
  private resetCause: number = ResetCause.PWRON;
  private readonly boardId: string;
  private bootedAt = 0;
  private quickCrashes = 0;

  constructor(private readonly fsDir: string) {
    this.boardId = boardIdFor(fsDir);
    this.vm = new VmHost({
      out: (data) => this.port?.write(data),
      reset: (kind, repl) => this.reset(kind, repl),
      watchdog: () => this.reset("wdt", "friendly"),
      stuck: () => {
        this.port?.write(Buffer.from("\r\n", "latin1"));
        this.reset("button", "friendly");
      },
      // The worker itself failed (its error was written to the port): restart it like a
      // watchdog would, unless it keeps failing right after boot.
      exit: () => {
        if (Date.now() - this.bootedAt < 5000) this.quickCrashes++;
        else this.quickCrashes = 0;
        if (this.quickCrashes < 3) this.reset("button", "friendly");
      },
    });
  }

  async start(): Promise<string> {
    this.port = await PtyPort.open((data) => this.vm.write(data));
    this.boot(false, "friendly");
    return this.port.path;
  }

  private boot(softReboot: boolean, repl: "friendly" | "raw"): void {
    this.bootedAt = Date.now();
    this.vm.start({ mode: "board", fsDir: this.fsDir, repl, softReboot, resetCause: this.resetCause, boardId: this.boardId });
  }

  private reset(kind: "hard" | "soft" | "deepsleep" | "button" | "wdt", repl: "friendly" | "raw"): void {
    if (kind === "soft") {
      this.boot(true, repl);
      return;
    }
    if (kind === "hard") this.resetCause = ResetCause.SOFT; // machine.reset(): ESP_RST_SW
    else if (kind === "deepsleep") this.resetCause = ResetCause.DEEPSLEEP;
    else if (kind === "wdt") this.resetCause = ResetCause.WDT;
    else this.resetCause = ResetCause.HARD; // the EN button
    const reason = kind === "hard" || kind === "wdt" ? "0xc (SW_CPU_RESET)" : kind === "deepsleep" ? "0x5 (DEEPSLEEP_RESET)" : "0x1 (POWERON_RESET)";
    this.port?.write(Buffer.from(ROM_BOOT(reason), "latin1"));
    this.boot(false, "friendly");
  }

  /** The EN (reset) button. */
  pressReset(): void {
    this.reset("button", "friendly");
  }

  async stop(): Promise<void> {
    await this.vm.stop();
    this.port?.close();
    this.port = undefined;
  }
}
