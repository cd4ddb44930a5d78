async function step(name: string, fail: boolean): Promise<string> {
  await new Promise<void>((r) => setTimeout(r, 1));
  if (fail) throw new Error(name + " failed");
  return name;
}
async function run(): Promise<void> {
  const results: string[] = [];
  for (const [name, fail] of [["a", false], ["b", true], ["c", false]] as Array<[string, boolean]>) {
    try {
      results.push(await step(name, fail));
    } catch (e) {
      results.push("caught:" + (e as Error).message);
      continue;
    } finally {
      results.push("finally:" + name);
    }
    results.push("after:" + name);
  }
  console.log(results);
}
run().then(() => console.log("run resolved"));
console.log("run started");
