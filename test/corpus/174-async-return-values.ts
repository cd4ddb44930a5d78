async function a(): Promise<string> {
  return "a";
}
async function b(): Promise<string> {
  return (await a()) + "b";
}
async function c(): Promise<string> {
  const [x, y] = await Promise.all([a(), b()]);
  return x + y + "c";
}
async function nothing(): Promise<void> {}
c().then((v) => console.log(v));
nothing().then((v) => console.log("void resolves to", v));
const p = a();
console.log(typeof p, p instanceof Promise);
