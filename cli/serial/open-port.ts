/**
 * Opening a serial port, shared by the REPL transport, the firmware adapter and the demo console.
 * A port that another handle closed a moment ago (e.g. `tsmp flash` then `tsmp monitor`, or the
 * demo's console right after its upload) can still be locked while the kernel releases it, so a
 * busy port is retried for about a second before it is reported as in use.
 */
import type { SerialPort } from "serialport";
import { openError } from "./port-errors.ts";

const BUSY = /cannot lock port|resource temporarily unavailable|EBUSY|EAGAIN|device or resource busy/i;

/** Opens `port` (created with autoOpen: false); throws the user-facing error `toError` makes. */
export async function openPort(port: SerialPort, path: string, toError: (path: string, error: Error) => Error = openError, retryBusyMs = 1000): Promise<void> {
  const deadline = Date.now() + retryBusyMs;
  for (;;) {
    try {
      await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve())));
      return;
    } catch (error) {
      if (!BUSY.test(String(error)) || Date.now() >= deadline) throw toError(path, error as Error);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
