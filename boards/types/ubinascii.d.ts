/** MicroPython's `ubinascii` / `binascii`: hex and base64 conversions of bytes. */
declare module "ubinascii" {
  /** Bytes as hex digits, e.g. for a board id: `hexlify(unique_id())`; with a separator between bytes. */
  export function hexlify(data: Uint8Array | string, sep?: string): Uint8Array;
  export function unhexlify(hex: Uint8Array | string): Uint8Array;
  export function a2b_base64(data: Uint8Array | string): Uint8Array;
  export function b2a_base64(data: Uint8Array | string, options?: { newline?: boolean }): Uint8Array;
  export function crc32(data: Uint8Array | string, value?: number): number;
}
declare module "binascii" {
  export * from "ubinascii";
}
