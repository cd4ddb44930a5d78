export interface Reading {
  value: number;
}
export type Unit = "C" | "F";
export const OFFSET = 2;
export function read(raw: number): Reading {
  return { value: raw + OFFSET };
}
export class Probe {
  constructor(public pin: number) {}
  describe(): string {
    return `probe@${this.pin}`;
  }
}
export default function unused(): number {
  return -1;
}
