/** MicroPython's `esp` module (ESP8266/ESP32 specifics). */
declare module "esp" {
  /** Sets (or with null disables) the UART that receives the OS debug log. */
  export function osdebug(uart: number | null, level?: number): void;
  export function flash_size(): number;
  export function flash_user_start(): number;
  export function flash_read(byteOffset: number, buf: Uint8Array): void;
  export function flash_write(byteOffset: number, buf: Uint8Array): void;
  export function flash_erase(sectorNo: number): void;
  export const LOG_NONE: number;
  export const LOG_ERROR: number;
  export const LOG_WARNING: number;
  export const LOG_INFO: number;
  export const LOG_DEBUG: number;
  export const LOG_VERBOSE: number;
}
