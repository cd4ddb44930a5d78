/**
 * The classic ESP32 "auto reset into the bootloader" through a USB-serial bridge's two transistors
 * (RTS drives EN, DTR drives IO0/BOOT), done as explicit, timed, one-line-at-a-time steps: toggling
 * DTR and RTS together through `serialport` is reported to be unreliable on some bridges.
 *   IO0 high, EN low (chip held in reset) → 100 ms → IO0 low, EN high (chip boots, sees BOOT held)
 *   → `resetDelay` ms → IO0 high again.
 */
import { ClassicReset, type Transport } from "esptool-js";

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class SteppedClassicReset extends ClassicReset {
  constructor(transport: Transport, resetDelay: number) {
    super(transport, resetDelay);
  }

  override async reset(): Promise<void> {
    await this.transport.setDTR(false);
    await this.transport.setRTS(true);
    await sleep(100);
    await this.transport.setDTR(true);
    await this.transport.setRTS(false);
    await sleep(this.resetDelay);
    await this.transport.setDTR(false);
  }
}
