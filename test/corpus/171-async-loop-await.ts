function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
async function sample(): Promise<void> {
  const values: number[] = [];
  for (let i = 0; i < 5; i++) {
    await sleep(2);
    values.push(i * i);
    console.log("sample", i);
  }
  console.log("values", values);
}
sample().then(() => console.log("sampling done"));
console.log("sampling started");
