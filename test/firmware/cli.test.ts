/** `tsmp firmware …` as a user runs it (the real bin/tsmp.js in a child process) against the emulator. */
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../cli/run-cli.ts";
import { startEsp32Emulator, type Esp32Emulator } from "./esp32-rom-emulator.ts";
import { makeEsp32Image } from "./image-fixture.ts";

let dir: string;
let emu: Esp32Emulator | undefined;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "tsmp-firmware-cli-"));
});
afterEach(async () => {
  await emu?.stop();
  emu = undefined;
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("tsmp firmware", () => {
  it("write: flashes and verifies, with plain progress lines when not on a terminal", async () => {
    emu = await startEsp32Emulator();
    const image = makeEsp32Image(96 * 1024, 21);
    const file = path.join(dir, "micropython.bin");
    await fs.writeFile(file, image);
    const result = await runCli(["firmware", "write", file, emu.path]);
    expect(result.stderr).toMatch(/^Writing firmware: 0% \(0\/98304 bytes\)$/m);
    expect(result.stderr).toMatch(/^Writing firmware: 100% \(98304\/98304 bytes\)$/m);
    expect(result.stdout).toContain(`Firmware written and verified at 0x1000 on ${emu.path}`);
    expect(result.code).toBe(0);
    expect(result.stdout + result.stderr).not.toMatch(/TRACE|esptool\.js/); // esptool's own log stays hidden
    expect(Buffer.from(emu.flash.subarray(0x1000, 0x1000 + image.length)).equals(Buffer.from(image))).toBe(true);
  });

  it("info --json: chip and MAC", async () => {
    emu = await startEsp32Emulator({ mac: "0c:b8:15:c1:d2:e3" });
    const result = await runCli(["firmware", "info", emu.path, "--json"]);
    expect(result.code).toBe(0);
    const info = JSON.parse(result.stdout);
    expect(info).toMatchObject({ chip: "ESP32", mac: "0c:b8:15:c1:d2:e3", flashSize: "4MB" });
  });

  it("write: a text file is refused with the fix, exit 1, board untouched", async () => {
    emu = await startEsp32Emulator();
    const file = path.join(dir, "notes.txt");
    await fs.writeFile(file, "print('hello')\n");
    const result = await runCli(["firmware", "write", file, emu.path]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^tsmp: .*notes\.txt is not an ESP32 firmware image \(first byte is 0x70\)$/m);
    expect(result.stderr).toMatch(/^hint: an ESP32 image starts with byte 0xE9; download/m);
    expect(result.stderr).not.toContain("Connecting");
    expect(emu.bytesReceived()).toBe(0);
  });

  it("erase: asks for --yes when it cannot ask, then erases everything with it", async () => {
    emu = await startEsp32Emulator();
    emu.flash.fill(0x42);
    const refused = await runCli(["firmware", "erase", emu.path]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`hint: run again with --yes: tsmp firmware erase ${emu.path} --yes`);
    expect(emu.bytesReceived()).toBe(0);
    const erased = await runCli(["firmware", "erase", emu.path, "--yes"]);
    expect(erased.stderr + erased.stdout).toContain("Flash erased");
    expect(erased.code).toBe(0);
    expect(emu.flash.every((b) => b === 0xff)).toBe(true);
  });

  it("a port that answers nothing: exit 1 with the BOOT-button hint", async () => {
    emu = await startEsp32Emulator({ silent: true });
    const file = path.join(dir, "quiet.bin");
    await fs.writeFile(file, makeEsp32Image(4096, 22));
    const result = await runCli(["firmware", "write", file, emu.path]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^tsmp: no ESP32 bootloader answered on \/dev\/pts\/\d+/m);
    expect(result.stderr).toMatch(/^hint: put the board in download mode: hold BOOT/m);
  }, 30_000);
});
