/**
 * Checks that a file is an ESP32 firmware image before any board is touched: the image header
 * (magic 0xE9, segment count, extended header chip id), a sane size, and a flash address that is
 * sector-aligned and leaves the image inside the flash. Pure functions plus one file read.
 */
import fs from "node:fs/promises";
import { TsmpError } from "../errors.ts";

export const ESP_IMAGE_MAGIC = 0xe9;
/** Where a whole-chip ESP32 MicroPython image (bootloader + partition table + app) is written. */
export const ESP32_FIRMWARE_ADDRESS = 0x1000;
/** Largest flash any ESP32 module has. */
export const MAX_FLASH_BYTES = 16 * 1024 * 1024;
const HEADER_BYTES = 24; // 8-byte image header + 16-byte extended header
const SECTOR = 0x1000;
const DOWNLOAD_HINT = "download the ESP32 firmware (.bin) from https://micropython.org/download/ESP32_GENERIC/";

/** Chip ids written into the extended image header by ESP-IDF (offset 12, little-endian). */
const IMAGE_CHIP_IDS: Record<number, string> = {
  0: "ESP32",
  2: "ESP32-S2",
  5: "ESP32-C3",
  9: "ESP32-S3",
  12: "ESP32-C2",
  13: "ESP32-C6",
  16: "ESP32-H2",
  18: "ESP32-P4",
  23: "ESP32-C5",
  20: "ESP32-C61",
};

export interface FirmwareImageSummary {
  size: number;
  segments: number;
  chip: string;
}

/** Validates image bytes for an ESP32 at `address`; throws BAD_FIRMWARE / BAD_ARGUMENT with the fix. */
export function checkFirmwareImage(bytes: Uint8Array, address: number, name = "the firmware file"): FirmwareImageSummary {
  if (!Number.isInteger(address) || address < 0 || address % SECTOR !== 0) {
    throw new TsmpError("BAD_ARGUMENT", `flash address 0x${Math.max(0, address).toString(16)} is not a multiple of 0x1000`, {
      hint: "ESP32 MicroPython images go at 0x1000 (the default)",
    });
  }
  if (bytes.length === 0) throw new TsmpError("BAD_FIRMWARE", `${name} is empty`, { hint: DOWNLOAD_HINT });
  if (bytes[0] !== ESP_IMAGE_MAGIC) {
    throw new TsmpError("BAD_FIRMWARE", `${name} is not an ESP32 firmware image (${describeForeignFile(bytes)})`, {
      hint: `an ESP32 image starts with byte 0xE9; ${DOWNLOAD_HINT}`,
    });
  }
  if (bytes.length < HEADER_BYTES) {
    throw new TsmpError("BAD_FIRMWARE", `${name} is only ${bytes.length} bytes: too short to be an ESP32 image`, { hint: DOWNLOAD_HINT });
  }
  const segments = bytes[1];
  if (segments === 0 || segments > 16) {
    throw new TsmpError("BAD_FIRMWARE", `${name} has a broken image header (${segments} segments)`, {
      hint: `the download may be damaged; ${DOWNLOAD_HINT}`,
    });
  }
  const chipId = bytes[12] | (bytes[13] << 8);
  const chip = IMAGE_CHIP_IDS[chipId] ?? `unknown chip id ${chipId}`;
  if (chipId !== 0) {
    throw new TsmpError("BAD_FIRMWARE", `${name} is built for ${chip}, not for ESP32`, {
      hint: `the Eduponics Mini has a plain ESP32; ${DOWNLOAD_HINT}`,
    });
  }
  if (address + bytes.length > MAX_FLASH_BYTES) {
    throw new TsmpError("BAD_FIRMWARE", `${name} is ${bytes.length} bytes: it does not fit in ESP32 flash at 0x${address.toString(16)}`, {
      hint: DOWNLOAD_HINT,
    });
  }
  return { size: bytes.length, segments, chip };
}

/** Second check once the board is known: the image must fit in the flash it reported. */
export function checkImageFits(size: number, address: number, flashBytes: number, flashLabel: string): void {
  if (address + size > flashBytes) {
    throw new TsmpError("BAD_FIRMWARE", `the firmware (${size} bytes at 0x${address.toString(16)}) does not fit in this board's ${flashLabel} flash`, {
      hint: "pick the image made for your board's flash size",
    });
  }
}

/** Reads the image file, mapping file-system errors to BAD_FIRMWARE. */
export async function readFirmwareImage(path: string): Promise<Uint8Array> {
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) throw new TsmpError("BAD_FIRMWARE", `${path} is a folder, not a firmware file`, { hint: DOWNLOAD_HINT });
    if (stat.size > MAX_FLASH_BYTES) {
      throw new TsmpError("BAD_FIRMWARE", `${path} is ${stat.size} bytes: larger than any ESP32 flash`, { hint: DOWNLOAD_HINT });
    }
    return new Uint8Array(await fs.readFile(path));
  } catch (error) {
    if (error instanceof TsmpError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new TsmpError("BAD_FIRMWARE", `firmware file ${path} does not exist`, { hint: DOWNLOAD_HINT });
    throw new TsmpError("BAD_FIRMWARE", `cannot read firmware file ${path}: ${(error as Error).message}`, {
      hint: "check the file's permissions",
    });
  }
}

/** Names common wrong files so the message says what was given instead. */
export function describeForeignFile(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 4)).toString("latin1");
  if (head === "\x7fELF") return "it is an ELF file; flash the .bin, not the .elf";
  if (head === "UF2\n") return "it is a UF2 file, used by other boards";
  if (head.startsWith("PK")) return "it is a zip archive; unpack it first";
  if (head.startsWith(":")) return "it looks like an Intel HEX file";
  if (head.startsWith("<")) return "it looks like a web page; the download link may be wrong";
  return `first byte is 0x${bytes[0].toString(16).padStart(2, "0")}`;
}
