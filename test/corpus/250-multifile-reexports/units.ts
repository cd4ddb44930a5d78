export const UNIT = "cm";
export enum Shapes {
  Square,
  Circle,
}
