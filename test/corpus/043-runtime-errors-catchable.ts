const arr: number[] = [1, 2, 3];
try {
  const o = null as unknown as { x: number };
  console.log(o.x);
} catch (e) {
  console.log("TypeError?", e instanceof TypeError, e instanceof Error);
}
try {
  const f = undefined as unknown as () => void;
  f();
} catch (e) {
  console.log("call undefined caught", e instanceof Error);
}
try {
  JSON.parse("{bad json");
} catch (e) {
  console.log("json caught", e instanceof SyntaxError);
}
console.log("still running", arr.length);
