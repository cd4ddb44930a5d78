const queue: string[] = [];
queue.push("a", "b", "c");
const served: string[] = [];
while (queue.length > 0) {
  const item = queue.shift()!;
  served.push(item);
  if (item === "a") queue.push("d");
}
console.log(served.join(""));
const stack: number[] = [];
for (let i = 0; i < 5; i++) stack.push(i * i);
const popped: number[] = [];
while (stack.length) popped.push(stack.pop()!);
console.log(popped);
