/**
 * One conversation with an ESP32's serial bootloader through esptool-js: open the port via the
 * Web Serial adapter, reset into the bootloader and sync, identify the chip, read its MAC and flash
 * id, optionally start esptool's flasher stub and raise the baud rate; always close the port.
 * Errors from esptool-js become TsmpErrors (BOOTLOADER / VERIFY_FAILED) with the fix in the hint.
 */
import { ESPLoader, Transport, type IEspLoaderTerminal } from "esptool-js";
import { TsmpError, isTsmpError } from "../errors.ts";
import { SteppedClassicReset } from "./classic-reset.ts";
import { PulsedHardReset } from "./hard-reset.ts";
import { NodeWebSerialPort, vanished } from "./web-serial-adapter.ts";

export const ROM_BAUD = 115200;
export const DEFAULT_FLASH_BAUD = 460800;

export interface SessionOptions {
  /** Baud rate for the transfer after the bootloader is reached at 115200 (default 460800). */
  baud?: number;
  /** Upload esptool's flasher stub (default true; needed for erase). */
  stub?: boolean;
  /** Reset-and-sync rounds before giving up (default 7, about 6 s on a silent port). */
  connectAttempts?: number;
  /** Every line esptool-js logs. */
  onLog?(line: string): void;
  /** Called once the chip is identified, before anything is uploaded; throw to stop there. */
  onChip?(info: BoardInfo): void;
}

export interface BoardInfo {
  chip: string;
  description: string;
  features: string[];
  crystalMHz: number;
  mac: string;
  flashId?: number;
  flashSize?: string;
  usbVendorId?: number;
  usbProductId?: number;
  /** False when the port has no DTR/RTS (the board had to be in the bootloader already). */
  autoReset: boolean;
}

export interface LoaderSession {
  loader: ESPLoader;
  port: NodeWebSerialPort;
  info: BoardInfo;
  usesStub: boolean;
}

const BOOT_HINT =
  "put the board in download mode: hold BOOT (IO0) while pressing and releasing EN (RST), then release BOOT and run the command again; " +
  "check that this is the ESP32's port (`tsmp ports`) and that no serial monitor is using it";

/**
 * Connects, runs `work` (described by `doing`, e.g. "writing the firmware", for error messages),
 * then resets the board to run its firmware and closes the port.
 */
export async function withLoader<T>(
  portPath: string,
  options: SessionOptions,
  doing: string,
  work: (session: LoaderSession) => Promise<T>,
): Promise<T> {
  const port = await NodeWebSerialPort.create(portPath);
  const transport = new QuietTransport(port as unknown as ConstructorParameters<typeof Transport>[0], false);
  transport.onTrace = options.onLog;
  const terminal: IEspLoaderTerminal = {
    clean: () => {},
    writeLine: (line) => options.onLog?.(line),
    write: (text) => options.onLog?.(text),
  };
  const baud = options.baud ?? DEFAULT_FLASH_BAUD;
  if (!Number.isInteger(baud) || baud < 9600 || baud > 3_000_000) {
    throw new TsmpError("BAD_ARGUMENT", `baud rate ${baud} is out of range`, {
      hint: "use a common rate: 115200, 230400, 460800 (default) or 921600",
    });
  }
  const loader = new ESPLoader({
    transport,
    baudrate: baud,
    romBaudrate: ROM_BAUD,
    terminal,
    resetConstructors: {
      classicReset: (t, delay) => new SteppedClassicReset(t, delay),
      hardReset: (t, otg) => new PulsedHardReset(t, otg),
    },
  });
  let stage = "connecting to the bootloader";
  let connected = false;
  try {
    await loader.connect("default_reset", options.connectAttempts ?? 7, true);
    connected = true;
    stage = "reading the chip";
    const chip = loader.chip;
    const info: BoardInfo = {
      chip: chip.CHIP_NAME,
      description: await chip.getChipDescription(loader),
      features: (await chip.getChipFeatures(loader)).map((feature: string) => feature.trim()),
      crystalMHz: await chip.getCrystalFreq(loader),
      mac: await chip.readMac(loader),
      autoReset: port.signalsSupported,
      ...port.getInfo(),
    };
    options.onChip?.(info);
    const usesStub = options.stub !== false;
    if (usesStub) {
      stage = "starting the flasher stub";
      await loader.runStub();
    } else {
      // esptool's block size for the ESP32 ROM loader (the 16 KB default is for the stub).
      loader.FLASH_WRITE_SIZE = chip.FLASH_WRITE_SIZE ?? 0x400;
    }
    if (baud !== ROM_BAUD) {
      stage = `changing to ${baud} baud`;
      await loader.changeBaud();
    }
    stage = "attaching the SPI flash";
    await attachSpiFlash(loader, usesStub);
    stage = "reading the flash id";
    const flashId = await loader.readFlashId();
    info.flashId = flashId;
    info.flashSize = loader.DETECTED_FLASH_SIZES[(flashId >> 16) & 0xff];
    stage = doing;
    const result = await work({ loader, port, info, usesStub });
    stage = "resetting the board";
    await loader.after("hard_reset", false);
    return result;
  } catch (error) {
    // Leave the board running its firmware again, whatever went wrong (best effort).
    if (connected && stage !== "resetting the board") await withinMs(loader.after("hard_reset", false), 1000);
    if (port.lost && !isTsmpError(error)) {
      const lost = vanished(portPath);
      throw new TsmpError("PORT_VANISHED", `${lost.message}, while ${stage}`, { hint: lost.hint, cause: error });
    }
    throw toTsmpError(error, { portPath, stage, connected, autoReset: port.signalsSupported });
  } finally {
    // esptool-js's disconnect waits for stream locks a failed write never releases: bound it,
    // then close the port ourselves (which also ends that wait).
    await withinMs(transport.disconnect(), 1500);
    await port.close().catch(() => {});
  }
}

/** Waits for `promise` at most `ms`; its failure or lateness is ignored (used for cleanup only). */
async function withinMs(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([promise.catch(() => {}), new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

/**
 * SPI_ATTACH (0x0D) with the default flash pins, as esptool does before flash work on an ESP32:
 * the ROM loader takes 8 bytes (pins word + "legacy" flag + 3 zero bytes), the stub 4.
 * (esptool-js's `flashSpiAttach` always sends 4.)
 */
async function attachSpiFlash(loader: ESPLoader, usesStub: boolean): Promise<void> {
  await loader.checkCommand("configure SPI flash pins", 0x0d, new Uint8Array(usesStub ? 4 : 8));
}

/** esptool-js's Transport prints some trace lines with console.log even when tracing is off. */
class QuietTransport extends Transport {
  onTrace?: (line: string) => void;

  override trace(message: string): void {
    if (this.tracing) super.trace(message);
    else this.onTrace?.(`trace: ${message}`);
  }
}

/** Turns whatever esptool-js threw into a user-facing error. */
export function toTsmpError(error: unknown, context: { portPath: string; stage: string; connected: boolean; autoReset: boolean }): TsmpError {
  if (isTsmpError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  const noLines = context.autoReset ? "" : ` (${context.portPath} has no DTR/RTS lines, so tsmp cannot reset the board itself)`;
  if (!context.connected) {
    if (/magic value|chip id/i.test(message)) {
      return new TsmpError("BOOTLOADER", `the chip on ${context.portPath} is not one esptool knows: ${message}`, {
        hint: "is this an ESP32? tsmp flashes Espressif ESP32 boards only",
        cause: error,
      });
    }
    return new TsmpError("BOOTLOADER", `no ESP32 bootloader answered on ${context.portPath}${noLines}`, { hint: BOOT_HINT, cause: error });
  }
  if (/md5/i.test(message)) {
    return new TsmpError("VERIFY_FAILED", `the flash does not hold what was written (MD5 mismatch)`, {
      hint: "write the firmware again, at a lower speed: --baud 115200",
      cause: error,
    });
  }
  return new TsmpError("BOOTLOADER", `the bootloader stopped answering while ${context.stage}: ${message}`, {
    hint:
      "check the USB cable (use a data cable, not a charge-only one), then run the command again, if needed with --baud 115200; " +
      "the ESP32's ROM bootloader cannot be damaged, so writing again always works",
    cause: error,
  });
}
