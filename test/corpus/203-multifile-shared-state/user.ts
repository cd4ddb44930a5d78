import { increment } from "./counter";
export function bumpTwice(): void {
  increment();
  increment();
}
