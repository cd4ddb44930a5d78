async function fail(msg: string): Promise<number> {
  throw new Error(msg);
}
async function main(): Promise<void> {
  try {
    await fail("first");
  } catch (e) {
    console.log("caught", (e as Error).message);
  }
  const r = await fail("second").catch((e: Error) => -1);
  console.log("recovered", r);
  try {
    await Promise.all([Promise.resolve(1), fail("in all")]);
  } catch (e) {
    console.log("all rejected:", (e as Error).message);
  } finally {
    console.log("finally");
  }
}
main().then(() => console.log("end"));
