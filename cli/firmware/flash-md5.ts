/**
 * Asks the chip for the MD5 of a flash region (SPI_FLASH_MD5, 0x13) and compares it with the image.
 * The ROM loader answers with 32 hex characters, the flasher stub with 16 raw bytes; esptool-js
 * 0.7.0's own `flashMd5sum` hex-encodes the ROM's text a second time, so tsmp decodes both here.
 */
import { createHash } from "node:crypto";
import type { ESPLoader } from "esptool-js";
import { TsmpError } from "../errors.ts";

const SPI_FLASH_MD5 = 0x13;

/** The bytes esptool-js really writes: the image padded with 0xFF to a multiple of 4. */
export function paddedImage(image: Uint8Array): Uint8Array {
  if (image.length % 4 === 0) return image;
  const padded = new Uint8Array(image.length + (4 - (image.length % 4))).fill(0xff);
  padded.set(image);
  return padded;
}

export async function readFlashMd5(loader: ESPLoader, address: number, size: number, usesStub: boolean): Promise<string> {
  const packet = new Uint8Array(16);
  const view = new DataView(packet.buffer);
  view.setUint32(0, address, true);
  view.setUint32(4, size, true);
  const replyLength = usesStub ? 16 : 32;
  const timeout = loader.timeoutPerMb(loader.MD5_TIMEOUT_PER_MB, size);
  const reply = await loader.checkCommand("calculate md5sum", SPI_FLASH_MD5, packet, 0, replyLength, timeout);
  if (!(reply instanceof Uint8Array) || reply.length !== replyLength) {
    throw new TsmpError("BOOTLOADER", "the bootloader gave no MD5 for the written flash", { hint: "run the command again" });
  }
  return usesStub ? Buffer.from(reply).toString("hex") : Buffer.from(reply).toString("latin1").toLowerCase();
}

export async function verifyFlash(loader: ESPLoader, address: number, image: Uint8Array, usesStub: boolean): Promise<void> {
  const written = paddedImage(image);
  const expected = createHash("md5").update(written).digest("hex");
  const actual = await readFlashMd5(loader, address, written.length, usesStub);
  if (actual !== expected) {
    throw new TsmpError("VERIFY_FAILED", `the flash at 0x${address.toString(16)} does not hold the image (MD5 ${actual}, expected ${expected})`, {
      hint: "write the firmware again, at a lower speed: --baud 115200; if it keeps failing, try another USB cable",
    });
  }
}
