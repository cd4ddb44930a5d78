/** MicroPython's `gc` module: garbage collection and heap statistics. */
declare module "gc" {
  export function collect(): void;
  export function enable(): void;
  export function disable(): void;
  export function isenabled(): boolean;
  /** Free heap bytes. */
  export function mem_free(): number;
  /** Allocated heap bytes. */
  export function mem_alloc(): number;
  export function threshold(): number;
  export function threshold(bytes: number): void;
}
