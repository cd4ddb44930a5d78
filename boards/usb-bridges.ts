/**
 * USB-to-serial bridges found on ESP32 boards, as data: VID:PID (lower-case hex) → chip name.
 * `tsmp ports` shows the name; `flash`/`monitor` treat a port with one of these ids as ESP32-like.
 */
export interface UsbBridge {
  vendorId: string;
  productId: string;
  chip: string;
}

export const usbBridges: readonly UsbBridge[] = [
  { vendorId: "10c4", productId: "ea60", chip: "CP210x" },
  { vendorId: "1a86", productId: "7523", chip: "CH340" },
  { vendorId: "1a86", productId: "55d4", chip: "CH9102" },
  { vendorId: "0403", productId: "6001", chip: "FTDI FT232" },
  { vendorId: "303a", productId: "1001", chip: "Espressif native USB" },
];

export function bridgeFor(vendorId?: string, productId?: string): UsbBridge | undefined {
  if (!vendorId || !productId) return undefined;
  const v = vendorId.toLowerCase().padStart(4, "0");
  const p = productId.toLowerCase().padStart(4, "0");
  return usbBridges.find((b) => b.vendorId === v && b.productId === p);
}
