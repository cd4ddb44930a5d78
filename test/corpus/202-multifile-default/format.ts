export const UNIT = "C";
export default function format(v: number): string {
  return v.toFixed(1) + " " + UNIT;
}
