/** MicroPython's `neopixel` driver for WS2812 RGB LEDs. */
declare module "neopixel" {
  import type { Pin } from "machine";
  export class NeoPixel {
    constructor(pin: Pin, n: number, options?: { bpp?: number; timing?: number });
    /** Number of LEDs. */
    readonly n: number;
    /** Sets every LED to one colour. */
    fill(color: [number, number, number] | [number, number, number, number]): void;
    /** Sends the colours to the LEDs. */
    write(): void;
    /** Colour of LED i: `np[i] = [255, 0, 0]` then `np.write()`. */
    [index: number]: [number, number, number] | [number, number, number, number];
  }
}
