/** MicroPython's `time` module: sleeping, millisecond ticks, wall-clock time. */
declare module "time" {
  export function sleep(seconds: number): void;
  export function sleep_ms(ms: number): void;
  export function sleep_us(us: number): void;
  /** Millisecond counter that wraps around; compare with ticks_diff, never with `-`. */
  export function ticks_ms(): number;
  export function ticks_us(): number;
  export function ticks_cpu(): number;
  export function ticks_add(ticks: number, delta: number): number;
  /** `end - start` for tick values, correct across wrap-around. */
  export function ticks_diff(end: number, start: number): number;
  /** Seconds since the epoch (2000-01-01 on an ESP32). */
  export function time(): number;
  export function time_ns(): number;
  /** [year, month, mday, hour, minute, second, weekday, yearday] */
  export function localtime(secs?: number): [number, number, number, number, number, number, number, number];
  export function gmtime(secs?: number): [number, number, number, number, number, number, number, number];
  export function mktime(t: number[]): number;
}
