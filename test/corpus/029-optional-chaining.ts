interface Node1 {
  value: number;
  next?: Node1;
  meta?: { tag?: string };
  fn?: () => string;
}
const n: Node1 = { value: 1, next: { value: 2 }, fn: () => "called" };
console.log(n.next?.value, n.next?.next?.value);
console.log(n.meta?.tag, n.meta?.tag?.length);
console.log(n.fn?.(), n.next?.fn?.());
function maybeArr(give: boolean): number[] | undefined {
  return give ? [1] : undefined;
}
const arr = maybeArr(false);
console.log(arr?.[0], arr?.length);
const arr2: number[] | null = [4, 5];
console.log(arr2?.[1]);
