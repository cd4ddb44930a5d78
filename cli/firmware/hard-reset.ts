/**
 * "Run the new firmware": pulse EN low through RTS (RTS asserted = EN low = chip in reset) for
 * 100 ms with IO0 left high, so the ESP32 boots from flash. esptool-js 0.7.0's HardReset only
 * releases RTS and never asserts it, which leaves a classic USB-serial board sitting in the
 * bootloader; USB-OTG ports keep esptool-js's own sequence.
 */
import { HardReset, type Transport } from "esptool-js";

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class PulsedHardReset extends HardReset {
  private readonly otg: boolean;

  constructor(transport: Transport, usingUsbOtg = false) {
    super(transport, usingUsbOtg);
    this.otg = usingUsbOtg;
  }

  override async reset(): Promise<void> {
    if (this.otg) return super.reset();
    await this.transport.setDTR(false);
    await this.transport.setRTS(true);
    await sleep(100);
    await this.transport.setRTS(false);
  }
}
