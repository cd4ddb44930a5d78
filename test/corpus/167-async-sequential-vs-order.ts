const log: string[] = [];
function wait(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
async function worker(name: string, ms: number): Promise<string> {
  log.push(name + " start");
  await wait(ms);
  log.push(name + " end");
  return name;
}
async function main(): Promise<void> {
  await worker("a", 10);
  await worker("b", 5);
  const both = await Promise.all([worker("c", 20), worker("d", 5)]);
  console.log(log.join(", "));
  console.log(both);
}
main();
