/**
 * `tsmp flash --firmware FILE`: hands the port to the firmware engineer's esptool-js adapter
 * (`flashFirmware` from cli/firmware/index.ts), loaded lazily so project uploads never need it.
 */
import { TsmpError } from "../errors.ts";

type FlashFirmware = (portPath: string, imagePath: string, options: { onProgress?(written: number, total: number): void; baud?: number }) => Promise<void>;

export async function flashFirmwareImage(
  portPath: string,
  imagePath: string,
  options: { onProgress?(written: number, total: number): void; baud?: number },
): Promise<void> {
  const modulePath = "../firmware/index.ts";
  let flashFirmware: FlashFirmware | undefined;
  try {
    flashFirmware = ((await import(modulePath)) as { flashFirmware?: FlashFirmware }).flashFirmware;
  } catch {
    flashFirmware = undefined;
  }
  if (!flashFirmware) {
    throw new TsmpError("BAD_FIRMWARE", "firmware flashing is not available in this build of tsmp", {
      hint: "install MicroPython with esptool.py (https://micropython.org/download/ESP32_GENERIC/), then run `tsmp flash` without --firmware",
    });
  }
  await flashFirmware(portPath, imagePath, options);
}
