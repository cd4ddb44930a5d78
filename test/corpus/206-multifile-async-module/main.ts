import { fetchReading, ready } from "./source";
async function main(): Promise<void> {
  console.log("ready", ready);
  const vals = await Promise.all([fetchReading("a", 60), fetchReading("b", 2)]);
  console.log(vals);
}
main();
