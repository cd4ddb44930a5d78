function f(mode: number): string {
  const log: string[] = [];
  try {
    log.push("try");
    if (mode === 1) throw new Error("boom");
    if (mode === 2) return log.join(",") + ",early";
    log.push("after");
  } catch (e) {
    log.push("catch " + (e as Error).message);
  } finally {
    log.push("finally");
    console.log("log", log.join(","));
  }
  return log.join(",");
}
console.log(f(0));
console.log(f(1));
console.log(f(2));
