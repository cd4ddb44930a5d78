// Bindings other modules see: their uses there must count, so none of them is kept in a form only
// this module's uses could justify (u32 form, JSON text, plain dict).
export let hash = 0x811c9dc5;
export const record = { id: 7, name: "seven" };
export const limits: Record<string, number> = { low: 1, high: 9 };
export function mix(b: number): void {
  hash = (hash ^ b) & 0xffffffff;
  hash = hash ^ 0x80000000;
}
export function payload(): string {
  return JSON.stringify(record);
}
export function high(): number {
  return limits["high"]!;
}
