/**
 * Globals compiled TypeScript may use on the board, beyond the ECMAScript library itself
 * (which the compiler narrows further: see docs/language.md). No DOM, no Node.
 */

/** A MicroPython byte string (`bytes`/`bytearray`), as board APIs return it: indexing gives 0–255. */
type bytes = Uint8Array;

interface Console {
  /** Prints the values separated by spaces, formatted like Node's console.log. */
  log(...values: unknown[]): void;
  /** Same as log on the board (there is one serial console). */
  error(...values: unknown[]): void;
  warn(...values: unknown[]): void;
  info(...values: unknown[]): void;
  debug(...values: unknown[]): void;
}
declare var console: Console;

/** UTF-8 encoding of strings to bytes (`new TextEncoder().encode("hi")`). */
declare class TextEncoder {
  readonly encoding: string;
  encode(input?: string): Uint8Array;
}

/** UTF-8 decoding of bytes to a string (`new TextDecoder().decode(data)`). */
declare class TextDecoder {
  readonly encoding: string;
  decode(input?: Uint8Array): string;
}

/** Runs `callback` after `ms` milliseconds (at least 1), once the current code and promises are done. */
declare function setTimeout(callback: (...args: any[]) => void, ms?: number, ...args: any[]): number;
declare function clearTimeout(id: number | undefined): void;
/** Runs `callback` every `ms` milliseconds until clearInterval. */
declare function setInterval(callback: (...args: any[]) => void, ms?: number, ...args: any[]): number;
declare function clearInterval(id: number | undefined): void;
declare function queueMicrotask(callback: () => void): void;
