/**
 * Firmware-write speed against the ESP32 ROM-bootloader emulator on a pty. Baseline, same run:
 * pushing the image's raw bytes through the same Web Serial adapter into the same pty. Rows are
 * ratios to that baseline (the pty ignores baud rates, so this measures tsmp + esptool-js overhead:
 * deflate, SLIP, per-block round trips, MD5 verify), plus the stub-vs-ROM-only ratio.
 */
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { chipInfo, flashFirmware } from "../cli/firmware/index.ts";
import { NodeWebSerialPort } from "../cli/firmware/web-serial-adapter.ts";
import { startEsp32Emulator } from "../test/firmware/esp32-rom-emulator.ts";
import { makeEsp32Image } from "../test/firmware/image-fixture.ts";
import type { BenchRow } from "./types.ts";

const IMAGE_BYTES = 512 * 1024;

async function timed(run: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

async function rawTransfer(image: Uint8Array): Promise<number> {
  const emu = await startEsp32Emulator({ silent: true });
  try {
    const port = new NodeWebSerialPort(emu.path);
    await port.open({ baudRate: 115200 });
    const ms = await timed(async () => {
      const writer = port.writable!.getWriter();
      for (let offset = 0; offset < image.length; offset += 16 * 1024) await writer.write(image.subarray(offset, offset + 16 * 1024));
      writer.releaseLock();
      while (emu.bytesReceived() < image.length) await new Promise((resolve) => setTimeout(resolve, 1));
    });
    await port.close();
    return ms;
  } finally {
    await emu.stop();
  }
}

async function flashOnce(file: string, stub: boolean): Promise<number> {
  const emu = await startEsp32Emulator();
  try {
    return await timed(() => flashFirmware(emu.path, file, stub ? {} : { stub: false, baud: 115200 }));
  } finally {
    await emu.stop();
  }
}

export default async function bench(): Promise<BenchRow[]> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "tsmp-firmware-bench-"));
  try {
    const image = makeEsp32Image(IMAGE_BYTES, 99);
    const file = path.join(dir, "bench.bin");
    await fs.writeFile(file, image);
    const raw = Math.min(await rawTransfer(image), await rawTransfer(image));
    const stub = Math.min(await flashOnce(file, true), await flashOnce(file, true));
    const rom = await flashOnce(file, false);
    const emu = await startEsp32Emulator();
    const connect = await timed(async () => void (await chipInfo(emu.path))).finally(() => emu.stop());
    return [
      { name: "raw pty transfer of 512 KB (baseline)", value: raw, unit: "ms" },
      { name: "connect + identify (chipInfo)", value: connect, unit: "ms", note: "mostly esptool-js's fixed reset/sync delays" },
      {
        name: "write 512 KB via stub (connect+deflate+verify) / raw",
        value: stub / raw,
        unit: "x",
        target: "<= 100",
        note: `${stub.toFixed(0)} ms; a real 460800-baud link needs ~6 s for the same image`,
      },
      { name: "write via ROM loader only / via stub", value: rom / stub, unit: "x", target: ">= 1.0", note: "1 KB blocks vs 16 KB" },
    ];
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
