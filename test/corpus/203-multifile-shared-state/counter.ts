let count = 0;
export const history: number[] = [];
export function increment(): void {
  count++;
  history.push(count);
}
export function current(): number {
  return count;
}
