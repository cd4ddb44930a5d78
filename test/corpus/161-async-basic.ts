async function getValue(): Promise<number> {
  return 42;
}
async function main(): Promise<void> {
  console.log("start");
  const v = await getValue();
  console.log("got", v);
  const w = await Promise.resolve("direct");
  console.log("got", w);
}
main().then(() => console.log("done"));
console.log("after main call");
