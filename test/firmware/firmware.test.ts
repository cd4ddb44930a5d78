/**
 * flashFirmware / eraseFlash / chipInfo through esptool-js and the Web Serial adapter, against the
 * ESP32 ROM-bootloader emulator on a real pty: the emulated flash must hold the image byte for byte.
 */
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { chipInfo, eraseFlash, flashFirmware } from "../../cli/firmware/index.ts";
import { TsmpError } from "../../cli/errors.ts";
import { startEsp32Emulator, type Esp32Emulator } from "./esp32-rom-emulator.ts";
import { makeEsp32Image } from "./image-fixture.ts";

let dir: string;
const emulators: Esp32Emulator[] = [];

async function emulator(options: Parameters<typeof startEsp32Emulator>[0] = {}): Promise<Esp32Emulator> {
  const emu = await startEsp32Emulator(options);
  emulators.push(emu);
  return emu;
}

async function writeImage(name: string, bytes: Uint8Array): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, bytes);
  return file;
}

async function rejection(promise: Promise<unknown>): Promise<TsmpError> {
  const error = await promise.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TsmpError);
  return error as TsmpError;
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "tsmp-firmware-"));
});

afterEach(async () => {
  await Promise.all(emulators.splice(0).map((emu) => emu.stop()));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("flashFirmware", () => {
  it("writes a 300 KB image through the flasher stub, compressed, at 460800 baud, byte for byte, with progress", async () => {
    const emu = await emulator();
    const image = makeEsp32Image(300 * 1024, 11);
    const file = await writeImage("stub.bin", image);
    const progress: Array<[number, number]> = [];
    await flashFirmware(emu.path, file, { onProgress: (written, total) => progress.push([written, total]) });

    expect(Buffer.from(emu.flash.subarray(0x1000, 0x1000 + image.length)).equals(Buffer.from(image))).toBe(true);
    // Nothing outside the image was touched.
    expect(emu.flash.subarray(0, 0x1000).every((b) => b === 0xff)).toBe(true);
    expect(emu.flash.subarray(0x1000 + image.length).every((b) => b === 0xff)).toBe(true);

    expect(progress.length).toBeGreaterThan(3);
    expect(progress.every(([, total]) => total === image.length)).toBe(true);
    expect(progress.at(-1)).toEqual([image.length, image.length]);
    for (let i = 1; i < progress.length; i++) expect(progress[i][0]).toBeGreaterThanOrEqual(progress[i - 1][0]);

    const names = emu.commands.map((c) => c.name);
    expect(emu.stubRunning()).toBe(true);
    expect(names).toContain("MEM_END");
    expect(emu.baudRates).toEqual([460800]);
    expect(names.filter((n) => n === "FLASH_DEFL_DATA").length).toBeGreaterThan(1);
    expect(names.at(-1)).toBe("SPI_FLASH_MD5");
    expect(emu.commands.filter((c) => c.name.startsWith("FLASH") && !c.ok)).toEqual([]);
  });

  it("writes through the ROM loader alone (no stub) at another address, byte for byte", async () => {
    const emu = await emulator();
    const image = makeEsp32Image(48 * 1024 + 123, 5);
    const file = await writeImage("rom.bin", image);
    let last: [number, number] = [0, 0];
    await flashFirmware(emu.path, file, { stub: false, baud: 115200, address: 0x10000, onProgress: (w, t) => (last = [w, t]) });

    expect(Buffer.from(emu.flash.subarray(0x10000, 0x10000 + image.length)).equals(Buffer.from(image))).toBe(true);
    expect(last).toEqual([image.length, image.length]);
    const names = emu.commands.map((c) => c.name);
    expect(emu.stubRunning()).toBe(false);
    expect(names).not.toContain("MEM_BEGIN");
    expect(names).not.toContain("CHANGE_BAUDRATE");
    expect(names).toContain("FLASH_DEFL_BEGIN");
    expect(names.indexOf("SPI_ATTACH")).toBeLessThan(names.indexOf("FLASH_DEFL_BEGIN"));
    expect(names.at(-1)).toBe("SPI_FLASH_MD5");
  });

  it("writes uncompressed through the stub (FLASH_BEGIN/DATA/END), byte for byte", async () => {
    const emu = await emulator();
    const image = makeEsp32Image(40 * 1024 + 7, 16);
    let last: [number, number] = [0, 0];
    await flashFirmware(emu.path, await writeImage("plain.bin", image), { compress: false, onProgress: (w, t) => (last = [w, t]) });
    expect(Buffer.from(emu.flash.subarray(0x1000, 0x1000 + image.length)).equals(Buffer.from(image))).toBe(true);
    expect(last).toEqual([image.length, image.length]);
    const names = emu.commands.map((c) => c.name);
    expect(names.filter((n) => n === "FLASH_DATA")).toHaveLength(3); // 16 KB blocks
    expect(names).toContain("FLASH_END");
    expect(names).not.toContain("FLASH_DEFL_BEGIN");
  });

  it("refuses a file that is not an ESP32 image before the board is touched", async () => {
    const emu = await emulator();
    const image = makeEsp32Image(4096, 2);
    image[0] = 0xea;
    const file = await writeImage("wrong-magic.bin", image);
    const error = await rejection(flashFirmware(emu.path, file));
    expect(error.code).toBe("BAD_FIRMWARE");
    expect(error.message).toContain("not an ESP32 firmware image");
    expect(error.hint).toMatch(/0xE9/);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(emu.bytesReceived()).toBe(0);
    expect(emu.flash.every((b) => b === 0xff)).toBe(true);
  });

  it("refuses an image bigger than the board's flash after reading the flash size, writing nothing", async () => {
    const emu = await emulator({ flashSize: 1024 * 1024 });
    const file = await writeImage("too-big.bin", makeEsp32Image(1024 * 1024, 9));
    const error = await rejection(flashFirmware(emu.path, file, { stub: false, baud: 115200 }));
    expect(error.code).toBe("BAD_FIRMWARE");
    expect(error.message).toMatch(/does not fit in this board's 1MB flash/);
    expect(emu.commands.some((c) => c.name.startsWith("FLASH"))).toBe(false);
    expect(emu.flash.every((b) => b === 0xff)).toBe(true);
  });

  it("fails with BOOTLOADER and a hint within a bounded time when nothing answers SYNC", async () => {
    const emu = await emulator({ silent: true });
    const file = await writeImage("silent.bin", makeEsp32Image(4096, 4));
    const started = Date.now();
    const error = await rejection(flashFirmware(emu.path, file, { connectAttempts: 2 }));
    const elapsed = Date.now() - started;
    expect(error.code).toBe("BOOTLOADER");
    expect(error.message).toContain(emu.path);
    expect(error.hint).toMatch(/hold BOOT/);
    expect(elapsed).toBeLessThan(10_000);
    expect(emu.bytesReceived()).toBeGreaterThan(0); // SYNC was really sent
  });

  it("fails with VERIFY_FAILED when the flash does not keep what was written (stuck bit)", async () => {
    const image = makeEsp32Image(32 * 1024, 12);
    const victim = image.findIndex((b, i) => i > 100 && (b & 1) === 1);
    const emu = await emulator({ stuckBitAt: 0x1000 + victim });
    const error = await rejection(flashFirmware(emu.path, await writeImage("stuck.bin", image)));
    expect(error.code).toBe("VERIFY_FAILED");
    expect(error.hint).toMatch(/again/);
    expect(emu.flash[0x1000 + victim]).toBe(image[victim] & 0xfe);
  });

  it("fails with BOOTLOADER, saying what it was doing, when the board stops answering mid-write", async () => {
    const emu = await emulator({ hangAfterFlashBlocks: 1 });
    const file = await writeImage("hang.bin", makeEsp32Image(16 * 1024, 13));
    const error = await rejection(flashFirmware(emu.path, file, { stub: false, baud: 115200 }));
    expect(error.code).toBe("BOOTLOADER");
    expect(error.message).toContain("while writing the firmware");
    expect(error.hint).toMatch(/run the command again/);
  }, 30_000);

  it("refuses a baud rate no USB bridge can do before opening the port", async () => {
    const emu = await emulator();
    const error = await rejection(flashFirmware(emu.path, await writeImage("baud.bin", makeEsp32Image(4096, 14)), { baud: 12 }));
    expect(error.code).toBe("BAD_ARGUMENT");
    expect(error.hint).toMatch(/460800/);
    expect(emu.bytesReceived()).toBe(0);
  });

  it("refuses to write an ESP32 image to an ESP32-S3 board before uploading anything", async () => {
    const emu = await emulator({ chipMagic: 0x09 });
    const error = await rejection(flashFirmware(emu.path, await writeImage("s3.bin", makeEsp32Image(4096, 15))));
    expect(error.code).toBe("BAD_FIRMWARE");
    expect(error.message).toBe("this board is an ESP32-S3, but the firmware image is for ESP32");
    expect(emu.commands.some((c) => c.name.startsWith("MEM_") || c.name.startsWith("FLASH"))).toBe(false);
  });

  it("answers 'is this an ESP32?' when the chip-detect magic is unknown", async () => {
    const emu = await emulator({ chipMagic: 0x12345678 });
    const error = await rejection(chipInfo(emu.path));
    expect(error.code).toBe("BOOTLOADER");
    expect(error.message).toMatch(/not one esptool knows/);
    expect(error.hint).toMatch(/is this an ESP32\?/);
  });

  it("reports an unplugged board mid-write as a user error, without crashing", async () => {
    const emu = await emulator();
    const file = await writeImage("unplug.bin", makeEsp32Image(300 * 1024, 17));
    let unplugged = false;
    const error = await rejection(
      flashFirmware(emu.path, file, {
        onProgress: (written) => {
          if (written > 0 && !unplugged) {
            unplugged = true;
            void emu.stop();
          }
        },
      }),
    );
    expect(unplugged).toBe(true);
    expect(["BOOTLOADER", "PORT_VANISHED"]).toContain(error.code);
    expect(error.hint).toMatch(/again/);
  }, 30_000);

  it("names a missing port plainly", async () => {
    const file = await writeImage("ok.bin", makeEsp32Image(4096, 6));
    const error = await rejection(flashFirmware("/dev/tsmp-no-such-port", file));
    expect(error.code).toBe("PORT_NOT_FOUND");
    expect(error.hint).toMatch(/tsmp ports/);
  });
});

describe("eraseFlash", () => {
  it("erases the whole flash to 0xFF with the stub's ERASE_FLASH", async () => {
    const emu = await emulator();
    emu.flash.fill(0x5a);
    emu.flash[emu.flash.length - 1] = 0x00;
    await eraseFlash(emu.path);
    expect(emu.flash.every((b) => b === 0xff)).toBe(true);
    expect(emu.commands.map((c) => c.name)).toContain("ERASE_FLASH");
  });

  it("after a write, a reset into the bootloader and an erase leave nothing of the image", async () => {
    const emu = await emulator();
    const image = makeEsp32Image(64 * 1024, 8);
    await flashFirmware(emu.path, await writeImage("then-erase.bin", image));
    expect(emu.flash[0x1000]).toBe(0xe9);
    emu.resetIntoBootloader();
    await eraseFlash(emu.path);
    expect(emu.flash.every((b) => b === 0xff)).toBe(true);
  });
});

describe("chipInfo", () => {
  it("reports ESP32, the eFuse MAC and the flash size", async () => {
    const emu = await emulator({ mac: "3c:71:bf:a0:1b:2c", flashSize: 8 * 1024 * 1024 });
    const info = await chipInfo(emu.path);
    expect(info.chip).toBe("ESP32");
    expect(info.description).toMatch(/^ESP32-D0WDQ6 \(revision 1\)$/);
    expect(info.mac).toBe("3c:71:bf:a0:1b:2c");
    expect(info.flashSize).toBe("8MB");
    expect(info.crystalMHz).toBe(40);
    expect(info.autoReset).toBe(false); // a pty has no DTR/RTS
    // Reading the chip changes nothing.
    expect(emu.flash.every((b) => b === 0xff)).toBe(true);
    expect(emu.stubRunning()).toBe(false);
  });
});
