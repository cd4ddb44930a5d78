function check(n: number): Promise<string> {
  return new Promise((resolve, reject) => {
    if (n > 0) resolve("positive " + n);
    else reject(new RangeError("not positive: " + n));
  });
}
async function main(): Promise<void> {
  for (const n of [3, 0, 7]) {
    try {
      console.log(await check(n));
    } catch (e) {
      console.log((e as Error).name, (e as Error).message);
    }
  }
}
main();
