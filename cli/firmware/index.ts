/**
 * Writing MicroPython firmware to an ESP32 through its ROM serial bootloader (esptool-js over the
 * Web Serial adapter): `flashFirmware`, `eraseFlash`, `chipInfo`. Images are checked before the
 * port is opened; every failure a user can cause is a TsmpError with a hint.
 */
import { TsmpError } from "../errors.ts";
import { ESP32_FIRMWARE_ADDRESS, checkFirmwareImage, checkImageFits, readFirmwareImage } from "./image.ts";
import { verifyFlash } from "./flash-md5.ts";
import { withLoader, type BoardInfo, type SessionOptions } from "./loader-session.ts";

export { NodeWebSerialPort } from "./web-serial-adapter.ts";
export { checkFirmwareImage, ESP32_FIRMWARE_ADDRESS } from "./image.ts";
export { createProgressReporter, type ProgressReporter } from "./progress.ts";
export type { BoardInfo } from "./loader-session.ts";

export interface FirmwareOptions extends SessionOptions {}

export interface FlashFirmwareOptions extends FirmwareOptions {
  /** Called as the image goes out; `written` reaches `total` (the image size in bytes) at the end. */
  onProgress?(written: number, total: number): void;
  /** Flash address (default 0x1000, where an ESP32 MicroPython .bin goes). */
  address?: number;
  /** Send the image deflate-compressed (FLASH_DEFL_*; default true) or as is (FLASH_*). */
  compress?: boolean;
}

export interface ChipInfo extends BoardInfo {}

const ERASE_HINT_STUB = "erasing the whole flash needs the flasher stub: run without --no-stub";

/** Writes a firmware image to the board's flash and verifies it (MD5 computed by the chip). */
export async function flashFirmware(portPath: string, imagePath: string, options: FlashFirmwareOptions = {}): Promise<void> {
  const address = options.address ?? ESP32_FIRMWARE_ADDRESS;
  const image = await readFirmwareImage(imagePath);
  checkFirmwareImage(image, address, imagePath);
  await withLoader(portPath, { ...options, onChip: requireEsp32 }, "writing the firmware", async ({ loader, info, usesStub }) => {
    if (info.flashSize) checkImageFits(image.length, address, flashBytes(info.flashSize), info.flashSize);
    const total = image.length;
    options.onProgress?.(0, total);
    await loader.writeFlash({
      fileArray: [{ data: image, address }],
      flashMode: "keep",
      flashFreq: "keep",
      flashSize: "keep",
      eraseAll: false,
      compress: options.compress !== false,
      // esptool-js counts compressed bytes; report image bytes so the bar ends at the file size.
      reportProgress: (_file, sent, sentTotal) => {
        options.onProgress?.(sentTotal > 0 ? Math.min(total, Math.round((sent / sentTotal) * total)) : total, total);
      },
    });
    await verifyFlash(loader, address, image, usesStub);
  });
}

/** Erases the whole flash (firmware and every file on the board) to 0xFF. */
export async function eraseFlash(portPath: string, options: FirmwareOptions = {}): Promise<void> {
  if (options.stub === false) throw new TsmpError("BAD_ARGUMENT", "cannot erase the whole flash without the flasher stub", { hint: ERASE_HINT_STUB });
  await withLoader(portPath, options, "erasing the flash", async ({ loader }) => {
    await loader.eraseFlash();
  });
}

/** Connects to the bootloader and reports chip, MAC and flash size; changes nothing. */
export async function chipInfo(portPath: string, options: FirmwareOptions = {}): Promise<ChipInfo> {
  // Reading a few registers needs neither the stub nor a faster baud rate.
  return withLoader(portPath, { stub: false, baud: 115200, ...options }, "reading the chip", async ({ info }) => info);
}

function requireEsp32(info: BoardInfo): void {
  if (info.chip !== "ESP32") {
    throw new TsmpError("BAD_FIRMWARE", `this board is an ${info.chip}, but the firmware image is for ESP32`, {
      hint: `download the MicroPython firmware made for ${info.chip} from https://micropython.org/download/`,
    });
  }
}

/** "4MB" → 4194304 (the labels esptool-js uses for detected flash sizes). */
function flashBytes(label: string): number {
  const match = /^(\d+)(KB|MB)$/.exec(label);
  if (!match) return Number.POSITIVE_INFINITY;
  return Number(match[1]) * (match[2] === "KB" ? 1024 : 1024 * 1024);
}
