async function waiter(name: string, ms: number): Promise<void> {
  await new Promise<void>((resolve) => setTimeout(resolve, ms));
  console.log("after await", name);
  await null;
  console.log("after second await", name);
}
waiter("a", 3);
setTimeout(() => console.log("timer 4"), 4);
waiter("b", 5);
setTimeout(() => console.log("timer 6"), 6);
const start = Date.now();
while (Date.now() - start < 30) {
  // keep the loop busy so every timer is overdue at once
}
console.log("busy loop done");
