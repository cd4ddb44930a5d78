/** Small MicroPython built-in modules compiled code may import directly. */
declare module "micropython" {
  export function mem_info(verbose?: number): void;
  export function qstr_info(verbose?: number): void;
  export function stack_use(): number;
  export function alloc_emergency_exception_buf(size: number): void;
  export function kbd_intr(chr: number): void;
}
declare module "os" {
  export function listdir(dir?: string): string[];
  export function remove(path: string): void;
  export function rename(oldPath: string, newPath: string): void;
  export function mkdir(path: string): void;
  export function stat(path: string): number[];
  export function urandom(n: number): Uint8Array;
}
