/**
 * An ESP32 in its ROM serial bootloader, on a real pseudo-terminal: `startEsp32Emulator()` opens a
 * pty (node-pty; the slave side held open by a child that never reads), hands out the slave path
 * for `serialport` to open like /dev/ttyUSB0, SLIP-decodes what the host writes to the master and
 * answers with the protocol state machine in esp32-rom-protocol.ts.
 *
 * Limits (documented in docs/firmware.md): DTR/RTS cannot be seen on a pty (the host's setSignals
 * fails with ENOTTY there), so the chip starts, and stays, in download mode — as if BOOT were held
 * while EN was pressed; a baud change is recorded but a pty carries bytes at any speed.
 * `silent: true` makes a chip that never answers (wrong boot mode, wrong port).
 */
import fs from "node:fs";
import * as pty from "node-pty";
import { getStubJsonByChipName } from "esptool-js";
import { Esp32RomBootloader, type CommandRecord } from "./esp32-rom-protocol.ts";
import { SlipDecoder, slipEncode } from "./slip.ts";

export interface Esp32EmulatorOptions {
  mac?: string;
  flashSize?: number;
  /** Never answer anything (a board not in download mode). */
  silent?: boolean;
  /** Chip-detect magic value (default ESP32's 0x00F01D83). */
  chipMagic?: number;
  /** Fault: bit 0 of this flash byte is stuck at 0. */
  stuckBitAt?: number;
  /** Fault: stop answering after this many flash data blocks. */
  hangAfterFlashBlocks?: number;
}

export interface Esp32Emulator {
  /** The pty slave path, e.g. /dev/pts/4. */
  readonly path: string;
  /** The emulated SPI flash (starts all 0xFF). */
  readonly flash: Uint8Array;
  /** Every command received, in order. */
  readonly commands: CommandRecord[];
  /** Baud rates asked for with CHANGE_BAUDRATE. */
  readonly baudRates: number[];
  /** Raw bytes received from the host so far. */
  bytesReceived(): number;
  stubRunning(): boolean;
  /**
   * What the board's auto-reset circuit (or a person holding BOOT and pressing EN) does; a pty
   * cannot carry DTR/RTS, so tests call this between sessions.
   */
  resetIntoBootloader(): void;
  stop(): Promise<void>;
}

export async function startEsp32Emulator(options: Esp32EmulatorOptions = {}): Promise<Esp32Emulator> {
  const stub = await getStubJsonByChipName("ESP32");
  if (!stub) throw new Error("esptool-js ships no ESP32 stub");
  const rom = new Esp32RomBootloader({
    mac: options.mac ?? "24:0a:c4:12:34:56",
    flashSize: options.flashSize ?? 4 * 1024 * 1024,
    stuckBitAt: options.stuckBitAt,
    chipMagic: options.chipMagic,
    hangAfterFlashBlocks: options.hangAfterFlashBlocks,
    stub: { textStart: stub.text_start, text: stub.decodedText, dataStart: stub.data_start, data: stub.decodedData, entry: stub.entry },
  });
  const term = pty.spawn("/bin/sleep", ["86400"], { encoding: null, cols: 80, rows: 24 } as unknown as pty.IPtyForkOptions);
  const masterFd = (term as unknown as { fd: number }).fd;
  const decoder = new SlipDecoder();
  let received = 0;
  let stopped = false;

  const send = (packet: Uint8Array): void => {
    const bytes = slipEncode(packet);
    let offset = 0;
    while (offset < bytes.length && !stopped) {
      try {
        offset += fs.writeSync(masterFd, bytes, offset, bytes.length - offset);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
      }
    }
  };

  term.onData((chunk: string | Buffer) => {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "latin1") : chunk;
    received += bytes.length;
    if (options.silent) return;
    for (const packet of decoder.push(bytes)) {
      for (const reply of rom.receive(packet)) send(reply);
    }
  });

  return {
    path: (term as unknown as { ptsName: string }).ptsName,
    flash: rom.flash,
    commands: rom.commands,
    baudRates: rom.baudRates,
    bytesReceived: () => received,
    stubRunning: () => rom.stubRunning,
    resetIntoBootloader: () => rom.reset(),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      const exited = new Promise<void>((resolve) => term.onExit(() => resolve()));
      term.kill("SIGKILL");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 1000))]);
    },
  };
}
