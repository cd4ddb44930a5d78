/**
 * Serial port discovery: `listPorts()` (VID:PID and the bridge chip name) and `choosePort()`
 * (an explicit path, or the one ESP32-like port present). On Linux the list comes from sysfs
 * (`/sys/class/tty/<name>/device` → the USB device's idVendor/idProduct), so it works without
 * `udevadm`; elsewhere from `SerialPort.list()`.
 */
import { existsSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { dirname, join } from "node:path";
import { SerialPort } from "serialport";
import { bridgeFor } from "../../boards/usb-bridges.ts";
import { TsmpError } from "../errors.ts";

export interface PortInfo {
  path: string;
  vendorId?: string;
  productId?: string;
  /** Bridge chip name for the usual ESP32 bridges (CP210x, CH340, …). */
  chip?: string;
  manufacturer?: string;
  product?: string;
  serialNumber?: string;
  /** True when the VID:PID is a known ESP32 USB bridge. */
  esp32Like: boolean;
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8").trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Reads serial ports from a sysfs tree (`root` is `/sys` on a real machine; tests pass a folder). */
export function listPortsFromSysfs(root = "/sys", devDir = "/dev"): PortInfo[] {
  const classDir = join(root, "class", "tty");
  let names: string[];
  try {
    names = readdirSync(classDir);
  } catch {
    return [];
  }
  const ports: PortInfo[] = [];
  for (const name of names.sort()) {
    const deviceLink = join(classDir, name, "device");
    if (!existsSync(deviceLink)) continue; // virtual consoles, ptys
    let dir: string;
    try {
      dir = realpathSync(deviceLink);
    } catch {
      continue;
    }
    // Walk up to the USB device (the folder with idVendor); interfaces sit below it.
    let usb: string | undefined;
    for (let d = dir, i = 0; i < 6 && d !== dirname(d); i++, d = dirname(d)) {
      if (existsSync(join(d, "idVendor"))) {
        usb = d;
        break;
      }
    }
    if (!usb) {
      // Only real serial hardware without USB (ACM-less UARTs like ttyAMA); skip the 32 phantom ttyS*.
      if (/^tty(S|\d)/.test(name)) continue;
      const driver = readText(join(dir, "uevent"))?.match(/^DRIVER=(.*)$/m)?.[1];
      if (!driver || driver === "serial8250") continue;
      ports.push({ path: join(devDir, name), esp32Like: false });
      continue;
    }
    const vendorId = readText(join(usb, "idVendor"))?.toLowerCase();
    const productId = readText(join(usb, "idProduct"))?.toLowerCase();
    const bridge = bridgeFor(vendorId, productId);
    ports.push({
      path: join(devDir, name),
      vendorId,
      productId,
      chip: bridge?.chip,
      manufacturer: readText(join(usb, "manufacturer")),
      product: readText(join(usb, "product")),
      serialNumber: readText(join(usb, "serial")),
      esp32Like: bridge !== undefined,
    });
  }
  return ports;
}

export async function listPorts(): Promise<PortInfo[]> {
  if (process.platform === "linux") return listPortsFromSysfs();
  const raw = await SerialPort.list();
  return raw.map((p) => {
    const bridge = bridgeFor(p.vendorId, p.productId);
    return {
      path: p.path,
      vendorId: p.vendorId?.toLowerCase(),
      productId: p.productId?.toLowerCase(),
      chip: bridge?.chip,
      manufacturer: p.manufacturer,
      serialNumber: p.serialNumber,
      esp32Like: bridge !== undefined,
    };
  });
}

export function describePort(p: PortInfo): string {
  const id = p.vendorId && p.productId ? `${p.vendorId}:${p.productId}` : "no USB id";
  const what = [p.chip, p.manufacturer, p.product].filter(Boolean).join(", ");
  return `${p.path}  ${id}${what ? `  ${what}` : ""}`;
}

/** The port to use: `explicit` when given, else the one ESP32-like port; otherwise an error listing what was found. */
export async function choosePort(explicit?: string, list: () => Promise<PortInfo[]> | PortInfo[] = listPorts): Promise<string> {
  if (explicit) return explicit;
  const ports = await list();
  const candidates = ports.filter((p) => p.esp32Like);
  if (candidates.length === 1) return candidates[0]!.path;
  const listing = ports.length ? ports.map((p) => `  ${describePort(p)}`).join("\n") : "  (no serial ports at all)";
  if (candidates.length > 1) {
    throw new TsmpError("NO_PORT", `more than one ESP32-like port; say which one:\n${listing}`, {
      hint: `e.g. tsmp flash ${candidates[0]!.path}`,
    });
  }
  throw new TsmpError("NO_PORT", `no ESP32 board found; serial ports present:\n${listing}`, {
    hint: "plug the board in with a data-capable USB cable and name the port (e.g. tsmp flash /dev/ttyUSB0); `tsmp ports` lists ports, `tsmp sim` starts a virtual board",
  });
}
