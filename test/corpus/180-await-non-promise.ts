async function main(): Promise<void> {
  const a = await 5;
  const b = await "text";
  const c = await undefined;
  console.log(a, b, c);
  const order: number[] = [];
  const p1 = (async () => {
    order.push(1);
    await 0;
    order.push(3);
  })();
  order.push(2);
  await p1;
  console.log(order);
}
main();
