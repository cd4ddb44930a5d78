const log: string[] = [];
async function task(name: string, steps: number): Promise<void> {
  for (let i = 0; i < steps; i++) {
    log.push(name + i);
    await null;
  }
}
async function main(): Promise<void> {
  const a = task("a", 3);
  const b = task("b", 2);
  log.push("both started");
  await Promise.all([a, b]);
  log.push("both done");
  console.log(log.join(" "));
}
Promise.resolve().then(() => log.push("early microtask"));
main();
