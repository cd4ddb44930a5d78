/** MicroPython's `machine` module on an ESP32: pins, ADC, PWM, I2C, reset and sleep. */
declare module "machine" {
  export class Pin {
    static readonly IN: number;
    static readonly OUT: number;
    static readonly OPEN_DRAIN: number;
    static readonly PULL_UP: number;
    static readonly PULL_DOWN: number;
    static readonly IRQ_RISING: number;
    static readonly IRQ_FALLING: number;
    static readonly WAKE_LOW: number;
    static readonly WAKE_HIGH: number;
    static readonly DRIVE_0: number;
    static readonly DRIVE_1: number;
    static readonly DRIVE_2: number;
    static readonly DRIVE_3: number;
    constructor(id: number, mode?: number, pull?: number | null, options?: { value?: number; drive?: number; hold?: boolean });
    init(mode?: number, pull?: number | null, options?: { value?: number; drive?: number; hold?: boolean }): void;
    /** Reads the pin (0 or 1) without an argument, sets it with one. */
    value(): number;
    value(x: number | boolean): void;
    on(): void;
    off(): void;
    irq(handler: ((pin: Pin) => void) | null, trigger?: number): unknown;
  }

  export class ADC {
    static readonly ATTN_0DB: number;
    static readonly ATTN_2_5DB: number;
    static readonly ATTN_6DB: number;
    static readonly ATTN_11DB: number;
    static readonly WIDTH_9BIT: number;
    static readonly WIDTH_10BIT: number;
    static readonly WIDTH_11BIT: number;
    static readonly WIDTH_12BIT: number;
    constructor(pin: Pin, options?: { atten?: number });
    /** Raw reading, 0–4095 on an ESP32 (12 bits). */
    read(): number;
    /** Reading scaled to 0–65535. */
    read_u16(): number;
    /** Calibrated reading in microvolts. */
    read_uv(): number;
    atten(attenuation: number): void;
    width(bits: number): void;
  }

  export class PWM {
    constructor(pin: Pin, options?: { freq?: number; duty?: number; duty_u16?: number; duty_ns?: number });
    init(options?: { freq?: number; duty?: number; duty_u16?: number }): void;
    freq(): number;
    freq(hz: number): void;
    duty(): number;
    duty(value: number): void;
    duty_u16(): number;
    duty_u16(value: number): void;
    duty_ns(): number;
    duty_ns(value: number): void;
    deinit(): void;
  }

  export class I2C {
    constructor(id: number, options?: { scl?: Pin; sda?: Pin; freq?: number; timeout?: number });
    /** Addresses of the devices that answered. */
    scan(): number[];
    readfrom(addr: number, nbytes: number, stop?: boolean): Uint8Array;
    readfrom_into(addr: number, buf: Uint8Array, stop?: boolean): void;
    writeto(addr: number, buf: Uint8Array, stop?: boolean): number;
    readfrom_mem(addr: number, memaddr: number, nbytes: number, options?: { addrsize?: number }): Uint8Array;
    readfrom_mem_into(addr: number, memaddr: number, buf: Uint8Array, options?: { addrsize?: number }): void;
    writeto_mem(addr: number, memaddr: number, buf: Uint8Array, options?: { addrsize?: number }): void;
  }

  export class SoftI2C extends I2C {
    constructor(options: { scl: Pin; sda: Pin; freq?: number; timeout?: number });
  }

  export class UART {
    constructor(id: number, options?: { baudrate?: number; tx?: number; rx?: number; timeout?: number });
    any(): number;
    read(nbytes?: number): Uint8Array | null;
    readline(): Uint8Array | null;
    write(buf: Uint8Array | string): number;
  }

  export class WDT {
    constructor(options?: { id?: number; timeout?: number });
    feed(): void;
  }

  export class RTC {
    constructor();
    /** (year, month, day, weekday, hours, minutes, seconds, subseconds) */
    datetime(): number[];
    datetime(value: number[]): void;
  }

  export class Timer {
    static readonly ONE_SHOT: number;
    static readonly PERIODIC: number;
    constructor(id: number);
    init(options: { mode?: number; period?: number; freq?: number; callback: (t: Timer) => void }): void;
    deinit(): void;
  }

  /** The chip's unique id (the MAC address on an ESP32). */
  export function unique_id(): Uint8Array;
  /** Hard reset, like pressing the reset button. */
  export function reset(): never;
  export function soft_reset(): never;
  export function reset_cause(): number;
  export function wake_reason(): number;
  /** CPU frequency in Hz (read), or set it. */
  export function freq(): number;
  export function freq(hz: number): void;
  /** Deep sleep for `ms` milliseconds (or until a wake source); the board restarts afterwards. */
  export function deepsleep(ms?: number): never;
  export function lightsleep(ms?: number): void;
  export function idle(): void;
  export function disable_irq(): number;
  export function enable_irq(state: number): void;
  export function time_pulse_us(pin: Pin, pulseLevel: number, timeoutUs?: number): number;

  export const PWRON_RESET: number;
  export const HARD_RESET: number;
  export const WDT_RESET: number;
  export const DEEPSLEEP_RESET: number;
  export const SOFT_RESET: number;
  export const PIN_WAKE: number;
  export const EXT0_WAKE: number;
  export const EXT1_WAKE: number;
  export const TIMER_WAKE: number;
  export const TOUCHPAD_WAKE: number;
  export const ULP_WAKE: number;
}
