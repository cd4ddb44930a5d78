function delay<T>(ms: number, value: T): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms));
}
async function main(): Promise<void> {
  const results = await Promise.all([delay(30, "slow"), delay(5, "fast"), delay(15, "mid")]);
  console.log(results);
  const nums = await Promise.all([1, Promise.resolve(2), delay(1, 3)]);
  console.log(nums);
  const empty = await Promise.all([]);
  console.log(empty);
}
main();
