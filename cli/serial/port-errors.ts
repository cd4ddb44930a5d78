/**
 * Turns the raw errors of the `serialport` package and the OS (open failures, disconnects) into
 * TsmpErrors that name the port and say the fix. Pure: no I/O here.
 */
import { TsmpError } from "../errors.ts";

/** Classifies an error from opening `path` into the user-facing error. */
export function openError(path: string, error: unknown): TsmpError {
  const text = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string } | null)?.code ?? "";
  if (/permission denied|EACCES/i.test(text) || code === "EACCES") {
    return new TsmpError("PORT_PERMISSION", `permission denied opening ${path}`, {
      hint: "add yourself to the serial group and log in again: sudo usermod -aG dialout $USER (Arch: uucp)",
      cause: error,
    });
  }
  if (/cannot lock port|resource temporarily unavailable|EBUSY|EAGAIN|device or resource busy/i.test(text)) {
    return new TsmpError("PORT_BUSY", `${path} is busy: another program has it open`, {
      hint: "close the other serial monitor (another tsmp monitor, screen, minicom, Arduino IDE, Thonny) and retry",
      cause: error,
    });
  }
  if (/no such file|ENOENT|not found/i.test(text) || code === "ENOENT") {
    return new TsmpError("PORT_NOT_FOUND", `no serial port at ${path}`, {
      hint: "check the cable and run `tsmp ports` to see the ports that are present",
      cause: error,
    });
  }
  return new TsmpError("DEVICE_ERROR", `cannot open ${path}: ${text}`, {
    hint: "unplug and re-plug the board, then run `tsmp ports`",
    cause: error,
  });
}

/** The port went away while we were talking to it (USB unplugged, board reset its USB, sim stopped). */
export function vanishedError(path: string, during: string): TsmpError {
  return new TsmpError("PORT_VANISHED", `${path} disconnected during ${during}`, {
    hint: "re-plug the board and run the command again; files on the board are each whole (old or new), and the next `tsmp flash` repairs the rest",
  });
}

/** The device never gave a MicroPython prompt in time. */
export function noPromptError(path: string, seconds: number, seen: Uint8Array): TsmpError {
  const tail = Buffer.from(seen.subarray(Math.max(0, seen.length - 80))).toString("latin1").replace(/[^\x20-\x7e]/g, ".");
  return new TsmpError("NO_PROMPT", `no MicroPython prompt from ${path} within ${seconds} s${tail ? ` (last bytes: "${tail}")` : " (the device sent nothing)"}`, {
    hint: "is MicroPython installed on the board? Install it with `tsmp flash --firmware micropython.bin " + path + "`; if a program is blocking the REPL, press the board's reset button and retry",
  });
}
