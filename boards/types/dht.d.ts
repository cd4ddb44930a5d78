/** MicroPython's `dht` driver for DHT11/DHT22 temperature and humidity sensors. */
declare module "dht" {
  import type { Pin } from "machine";
  class DHTBase {
    constructor(pin: Pin);
    /** Starts a reading; call at most once every 2 seconds. */
    measure(): void;
    /** °C of the last measure(). */
    temperature(): number;
    /** % relative humidity of the last measure(). */
    humidity(): number;
  }
  export class DHT11 extends DHTBase {}
  export class DHT22 extends DHTBase {}
}
