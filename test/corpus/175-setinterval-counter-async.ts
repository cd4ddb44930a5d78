function countTo(n: number, ms: number): Promise<number[]> {
  return new Promise((resolve) => {
    const seen: number[] = [];
    let i = 0;
    const h = setInterval(() => {
      i++;
      seen.push(i);
      if (i >= n) {
        clearInterval(h);
        resolve(seen);
      }
    }, ms);
  });
}
async function main(): Promise<void> {
  const r = await countTo(4, 5);
  console.log("counted", r);
  const r2 = await countTo(2, 1);
  console.log("counted", r2);
}
main();
