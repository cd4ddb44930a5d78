export function toF(c: number): number {
  return (c * 9) / 5 + 32;
}
export const FREEZING = 0;
