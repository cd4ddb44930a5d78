/** MicroPython's `esp32` module: wake sources, internal sensors, NVS storage, partitions. */
declare module "esp32" {
  import type { Pin } from "machine";
  export const WAKEUP_ALL_LOW: number;
  export const WAKEUP_ANY_HIGH: number;
  /** Wake from deep sleep when `pin` reaches `level` (WAKEUP_ALL_LOW / WAKEUP_ANY_HIGH or 0/1). */
  export function wake_on_ext0(pin: Pin | null, level: number): void;
  export function wake_on_ext1(pins: Pin[] | null, level: number): void;
  export function wake_on_touch(wake: boolean): void;
  /** Internal temperature in °F (not on every chip). */
  export function raw_temperature(): number;
  export function hall_sensor(): number;
  export function idf_heap_info(capabilities: number): Array<[number, number, number, number]>;
  export const HEAP_DATA: number;
  export const HEAP_EXEC: number;

  /** Non-volatile key/value storage that survives resets and deep sleep. */
  export class NVS {
    constructor(namespace: string);
    set_i32(key: string, value: number): void;
    get_i32(key: string): number;
    set_blob(key: string, value: Uint8Array | string): void;
    get_blob(key: string, buffer: Uint8Array): number;
    erase_key(key: string): void;
    commit(): void;
  }

  export class Partition {
    static readonly BOOT: number;
    static readonly RUNNING: number;
    constructor(id: number | string);
    info(): [number, number, number, number, string, boolean];
  }
}
