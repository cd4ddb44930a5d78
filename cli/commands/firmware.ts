/**
 * `tsmp firmware info|erase|write`: talk to an ESP32's ROM bootloader (esptool-js) to show the
 * chip, erase the whole flash, or write a MicroPython firmware image. Thin: parses arguments,
 * picks the port, shows progress, calls cli/firmware/.
 */
import type { Command } from "commander";
import readline from "node:readline/promises";
import { TsmpError } from "../errors.ts";
import { chipInfo, eraseFlash, flashFirmware, type FirmwareOptions } from "../firmware/index.ts";
import { checkFirmwareImage, readFirmwareImage } from "../firmware/image.ts";
import { createProgressReporter } from "../firmware/progress.ts";

interface CommonFlags {
  baud?: string;
  stub?: boolean;
  verbose?: boolean;
}

export function register(program: Command): void {
  const firmware = program
    .command("firmware")
    .description("talk to the ESP32 ROM bootloader: chip info, erase flash, write MicroPython firmware")
    .addHelpText(
      "after",
      [
        "",
        "Examples:",
        "  tsmp firmware info",
        "  tsmp firmware write ESP32_GENERIC-20250415-v1.25.0.bin /dev/ttyUSB0",
        "  tsmp firmware erase /dev/ttyUSB0 --yes",
        "",
        "Firmware: https://micropython.org/download/ESP32_GENERIC/ (the .bin, written at 0x1000).",
        "If the board does not answer: hold BOOT, press and release EN, release BOOT, try again.",
      ].join("\n"),
    );

  firmware
    .command("info")
    .description("show the chip, its MAC address and flash size (changes nothing)")
    .argument("[port]", "serial port, e.g. /dev/ttyUSB0 (found automatically when there is one board)")
    .option("--json", "print the result as JSON")
    .option("-v, --verbose", "show what esptool does")
    .action(async (port: string | undefined, flags: CommonFlags & { json?: boolean }) => {
      const path = await resolvePort(port);
      announce(path);
      const info = await chipInfo(path, sessionOptions(flags));
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(info, null, 2)}\n`);
        return;
      }
      const lines = [
        `Port:     ${path}`,
        `Chip:     ${info.chip} — ${info.description}`,
        `Features: ${info.features.join(", ")}`,
        `Crystal:  ${info.crystalMHz} MHz`,
        `MAC:      ${info.mac}`,
        `Flash:    ${info.flashSize ?? "unknown size"}${info.flashId !== undefined ? ` (id 0x${info.flashId.toString(16).padStart(6, "0")})` : ""}`,
      ];
      process.stdout.write(`${lines.join("\n")}\n`);
    });

  firmware
    .command("erase")
    .description("erase the whole flash: MicroPython and every file on the board")
    .argument("[port]", "serial port (found automatically when there is one board)")
    .option("-y, --yes", "do not ask for confirmation")
    .option("--baud <rate>", "transfer speed after connecting", "460800")
    .option("-v, --verbose", "show what esptool does")
    .action(async (port: string | undefined, flags: CommonFlags & { yes?: boolean }) => {
      const path = await resolvePort(port);
      await confirmErase(path, flags.yes === true);
      announce(path);
      process.stderr.write("Erasing the whole flash (can take up to a minute on a real board) …\n");
      await eraseFlash(path, sessionOptions(flags));
      process.stdout.write(`Flash erased. Write MicroPython again with: tsmp firmware write <image.bin> ${path}\n`);
    });

  firmware
    .command("write")
    .description("write a MicroPython firmware image (.bin for ESP32) to the board")
    .argument("<image>", "firmware file, e.g. ESP32_GENERIC-20250415-v1.25.0.bin")
    .argument("[port]", "serial port (found automatically when there is one board)")
    .option("--address <addr>", "flash address", "0x1000")
    .option("--baud <rate>", "transfer speed after connecting", "460800")
    .option("--no-stub", "talk to the ROM loader only (slower; no flasher stub upload)")
    .option("--no-compress", "send the image uncompressed (slower; for bootloaders that fail to inflate)")
    .option("-v, --verbose", "show what esptool does")
    .action(async (image: string, port: string | undefined, flags: CommonFlags & { address: string; compress?: boolean }) => {
      const address = parseNumber(flags.address, "--address");
      checkFirmwareImage(await readFirmwareImage(image), address, image); // refuse a wrong file before anything else
      const path = await resolvePort(port);
      announce(path);
      const progress = createProgressReporter(process.stderr);
      try {
        await flashFirmware(path, image, { ...sessionOptions(flags), address, compress: flags.compress !== false, onProgress: progress.onProgress });
      } finally {
        progress.stop();
      }
      process.stdout.write(`Firmware written and verified at 0x${address.toString(16)} on ${path}; the board is restarting.\n`);
    });
}

function announce(path: string): void {
  process.stderr.write(`Connecting to the ESP32 bootloader on ${path} …\n`);
}

function sessionOptions(flags: CommonFlags): FirmwareOptions {
  return {
    ...(flags.baud !== undefined ? { baud: parseNumber(flags.baud, "--baud") } : {}),
    ...(flags.stub === false ? { stub: false } : {}),
    ...(flags.verbose ? { onLog: (line: string) => process.stderr.write(`  esptool: ${line}\n`) } : {}),
  };
}

function parseNumber(text: string, flag: string): number {
  const value = /^0x[0-9a-f]+$/i.test(text) ? Number.parseInt(text, 16) : /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new TsmpError("BAD_ARGUMENT", `${flag} must be a number, got '${text}'`, { hint: `e.g. ${flag} ${flag === "--baud" ? "115200" : "0x1000"}` });
  }
  return value;
}

/**
 * The port to use: the argument when given, else the serial area's `choosePort` (one ESP32-like
 * board plugged in). Loaded lazily so this command keeps working if that module changes shape.
 */
async function resolvePort(explicit: string | undefined): Promise<string> {
  if (explicit) return explicit;
  for (const specifier of ["../serial/index.ts", "../serial/ports.ts"]) {
    const module = (await import(specifier).catch(() => null)) as { choosePort?: (explicit?: string) => Promise<string> } | null;
    if (typeof module?.choosePort === "function") return module.choosePort(explicit);
  }
  throw new TsmpError("NO_PORT", "no serial port given", { hint: "name the board's port, e.g. tsmp firmware info /dev/ttyUSB0 (`tsmp ports` lists them)" });
}

/** Erasing loses every file on the board: ask on a terminal, require --yes otherwise. */
async function confirmErase(path: string, yes: boolean): Promise<void> {
  if (yes) return;
  if (!process.stdin.isTTY) {
    throw new TsmpError("BAD_ARGUMENT", "erasing deletes MicroPython and every file on the board; confirmation needed", {
      hint: `run again with --yes: tsmp firmware erase ${path} --yes`,
    });
  }
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await rl.question(`Erase everything on the board at ${path} (MicroPython and all files)? [y/N] `);
    if (!/^y(es)?$/i.test(answer.trim())) throw new TsmpError("BAD_ARGUMENT", "erase cancelled; nothing was changed");
  } finally {
    rl.close();
  }
}
