const order: string[] = [];
const p = new Promise<number>((resolve) => {
  order.push("executor");
  setTimeout(() => {
    order.push("timer resolves");
    resolve(5);
  }, 5);
});
p.then((v) => {
  order.push("then " + v);
  return new Promise<number>((r) => setTimeout(() => r(v * 2), 5));
})
  .then((v) => order.push("then " + v))
  .then(() => console.log(order.join(" | ")));
Promise.resolve(1)
  .then((v) => order.push("fast " + v));
order.push("sync end");
