function after<T>(ms: number, v: T): Promise<T> {
  return new Promise((r) => setTimeout(() => r(v), ms));
}
async function main(): Promise<void> {
  const winner = await Promise.race([after(40, "slow"), after(5, "quick")]);
  console.log("race", winner);
  const settled = await Promise.allSettled([after(1, 1), Promise.reject(new Error("no"))]);
  console.log(settled.map((s) => s.status));
}
main();
