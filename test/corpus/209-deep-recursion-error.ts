function down(n: number): number {
  return n === 0 ? 0 : 1 + down(n - 1);
}
console.log(down(50));
let caught = false;
try {
  down(1e7);
} catch (e) {
  caught = e instanceof Error;
}
console.log("caught stack overflow as Error:", caught);
console.log("still alive", down(10));
