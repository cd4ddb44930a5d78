export function add(a: number, b: number): number {
  return a + b;
}
export const scale = (xs: number[], k: number): number[] => xs.map((x) => x * k);
export const PI2 = Math.PI * 2;
