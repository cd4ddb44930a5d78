// Recursion too deep for the stack is a catchable RangeError with V8's message on both sides.
function depth(n: number): number {
  return n <= 0 ? 0 : 1 + depth(n - 1);
}
try {
  console.log(depth(1e7));
} catch (err) {
  console.log("caught", err instanceof RangeError, (err as Error).name, (err as Error).message);
}
console.log(depth(20));
