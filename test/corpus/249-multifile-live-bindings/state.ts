export let count = 0;
export let label = "before";
export function inc(): void {
  count++;
}
export function rename(next: string): void {
  label = next;
}
