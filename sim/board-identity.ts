/**
 * How the virtual board introduces itself over serial, like MicroPython on an ESP32 does:
 * the banner printed before the first `>>> ` and the id bytes behind its MAC and unique_id().
 */
import { createHash } from "node:crypto";

export const BOARD_NAME = "Eduponics Mini (tsmp sim) with ESP32";

/** `sysVersion` is the VM's sys.version, e.g. "3.4.0; MicroPython v1.27.0 on 2025-12-10". */
export function boardBanner(sysVersion: string): string {
  const m = /MicroPython (v[\w.\-]+) on ([\d-]+)/.exec(sysVersion);
  const version = m ? `${m[1]} on ${m[2]}` : "v1.27.0";
  return `MicroPython ${version}; ${BOARD_NAME}\r\nType "help()" for more information.\r\n`;
}

/** Six stable bytes (hex) for a board whose flash lives at `key`; Espressif's OUI first. */
export function boardIdFor(key: string): string {
  const h = createHash("sha256").update(key).digest();
  return Buffer.from([0x24, 0x0a, 0xc4, h[0]!, h[1]!, h[2]!]).toString("hex");
}
