/**
 * Port discovery from a sysfs tree (the layout Linux uses for USB serial bridges), the bridge table,
 * and choosing a port: explicit, the single ESP32-like one, or an error listing what was found.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { choosePort, listPorts, listPortsFromSysfs, type PortInfo } from "../../cli/serial/ports.ts";
import { TsmpError } from "../../cli/errors.ts";

const root = mkdtempSync(join(tmpdir(), "tsmp-sysfs-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function usbDevice(bus: string, vid: string, pid: string, extra: Record<string, string> = {}): string {
  const dir = join(root, "devices", "pci0000:00", "usb1", bus);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "idVendor"), `${vid}\n`);
  writeFileSync(join(dir, "idProduct"), `${pid}\n`);
  for (const [k, v] of Object.entries(extra)) writeFileSync(join(dir, k), `${v}\n`);
  return dir;
}
function tty(name: string, deviceDir?: string): void {
  const dir = join(root, "class", "tty", name);
  mkdirSync(dir, { recursive: true });
  if (deviceDir) symlinkSync(deviceDir, join(dir, "device"));
}

// ttyUSB*: device → <usb>/<iface>/ttyUSB0 (usb-serial driver); ttyACM*: device → <usb>/<iface>.
const ch340 = usbDevice("1-1", "1a86", "7523", { product: "USB Serial" });
mkdirSync(join(ch340, "1-1:1.0", "ttyUSB0"), { recursive: true });
tty("ttyUSB0", join(ch340, "1-1:1.0", "ttyUSB0"));
const native = usbDevice("1-2", "303a", "1001", { manufacturer: "Espressif", serial: "AB:CD" });
mkdirSync(join(native, "1-2:1.0"), { recursive: true });
tty("ttyACM0", join(native, "1-2:1.0"));
const prolific = usbDevice("1-3", "067b", "2303");
mkdirSync(join(prolific, "1-3:1.0", "ttyUSB1"), { recursive: true });
tty("ttyUSB1", join(prolific, "1-3:1.0", "ttyUSB1"));
const uart = join(root, "devices", "platform", "serial8250");
mkdirSync(uart, { recursive: true });
writeFileSync(join(uart, "uevent"), "DRIVER=serial8250\n");
tty("ttyS0", uart);
tty("tty0");

describe("listPortsFromSysfs", () => {
  it("lists USB serial ports with VID:PID and the bridge chip, skipping consoles and phantom UARTs", () => {
    const ports = listPortsFromSysfs(root, "/dev");
    expect(ports.map((p) => [p.path, p.vendorId, p.productId, p.chip ?? null, p.esp32Like])).toEqual([
      ["/dev/ttyACM0", "303a", "1001", "Espressif native USB", true],
      ["/dev/ttyUSB0", "1a86", "7523", "CH340", true],
      ["/dev/ttyUSB1", "067b", "2303", null, false],
    ]);
    expect(ports[0]!.manufacturer).toBe("Espressif");
    expect(ports[0]!.serialNumber).toBe("AB:CD");
  });

  it("returns an empty list when there is no sysfs at all", () => {
    expect(listPortsFromSysfs(join(root, "nothing"))).toEqual([]);
  });

  it("works on this machine, where SerialPort.list() fails without udevadm", async () => {
    const ports = await listPorts();
    expect(Array.isArray(ports)).toBe(true);
  });
});

describe("choosePort", () => {
  const port = (path: string, esp32Like: boolean): PortInfo => ({ path, esp32Like, vendorId: esp32Like ? "10c4" : "067b", productId: esp32Like ? "ea60" : "2303" });

  it("uses the explicit path without looking", async () => {
    expect(await choosePort("/dev/pts/7", () => { throw new Error("must not list"); })).toBe("/dev/pts/7");
  });

  it("picks the one ESP32-like port among others", async () => {
    expect(await choosePort(undefined, () => [port("/dev/ttyUSB1", false), port("/dev/ttyUSB0", true)])).toBe("/dev/ttyUSB0");
  });

  it("lists what was found when there is no ESP32-like port", async () => {
    const error = (await choosePort(undefined, () => [port("/dev/ttyUSB1", false)]).catch((e: unknown) => e)) as TsmpError;
    expect(error).toBeInstanceOf(TsmpError);
    expect(error.code).toBe("NO_PORT");
    expect(error.message).toContain("/dev/ttyUSB1  067b:2303");
    expect(error.hint).toContain("tsmp ports");
  });

  it("says so when there are no ports at all", async () => {
    const error = (await choosePort(undefined, () => []).catch((e: unknown) => e)) as TsmpError;
    expect(error.message).toContain("(no serial ports at all)");
  });

  it("asks which one when two ESP32-like ports are present", async () => {
    const error = (await choosePort(undefined, () => [port("/dev/ttyUSB0", true), port("/dev/ttyUSB2", true)]).catch((e: unknown) => e)) as TsmpError;
    expect(error.code).toBe("NO_PORT");
    expect(error.message).toContain("more than one");
    expect(error.message).toContain("/dev/ttyUSB2");
  });
});
