function inner(): void {
  throw new TypeError("inner failed");
}
function middle(): void {
  try {
    inner();
  } catch (e) {
    console.log("middle saw", (e as Error).message);
    throw e;
  }
}
try {
  middle();
} catch (e) {
  console.log("outer saw", (e as Error).name, e instanceof TypeError);
}
function wrap(): void {
  try {
    inner();
  } catch (e) {
    throw new Error("wrapped: " + (e as Error).message);
  }
}
try {
  wrap();
} catch (e) {
  console.log((e as Error).message);
}
