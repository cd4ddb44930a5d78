export enum Level {
  Info,
  Warn,
  Error,
}
export interface Entry {
  level: Level;
  text: string;
}
export function makeEntry(level: Level, text: string): Entry {
  return { level, text };
}
