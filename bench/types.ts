/** One line of the bench report: a ratio (or measurement) against a baseline taken in the same run. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** e.g. "<= 1.10" — printed next to the value; never asserted. */
  target?: string;
  note?: string;
}

export type Bench = () => Promise<BenchRow[]>;
