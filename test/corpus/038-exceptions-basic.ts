function div(a: number, b: number): number {
  if (b === 0) throw new Error("division by zero");
  return a / b;
}
try {
  console.log(div(6, 3));
  console.log(div(1, 0));
  console.log("not reached");
} catch (e) {
  const err = e as Error;
  console.log("caught:", err.message, err.name);
}
try {
  throw new RangeError("out of range");
} catch (e) {
  if (e instanceof RangeError) console.log("range", e.message);
  console.log(e instanceof Error);
}
