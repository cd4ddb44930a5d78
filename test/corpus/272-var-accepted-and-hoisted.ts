function loopVar(): number[] {
  const out: number[] = [];
  for (var i = 0; i < 3; i++) out.push(i);
  out.push(i);
  return out;
}
console.log(loopVar());
function readBefore(): string {
  const before = String(x);
  var x: number | undefined = 5;
  return `${before} then ${x}`;
}
console.log(readBefore());
function notRun(flag: boolean): string | undefined {
  if (flag) {
    var label: string | undefined = "set";
  }
  return label;
}
console.log(notRun(true), notRun(false));
function shared(): number[] {
  var fns: Array<() => number> = [];
  for (var k = 0; k < 3; k++) fns.push(() => k * 10);
  return fns.map((f) => f());
}
console.log(shared());
function hoistedReader(): string {
  const early = peek();
  var secret: string | undefined = "visible";
  const late = peek();
  function peek(): string {
    return String(secret);
  }
  return early + "/" + late;
}
console.log(hoistedReader());
var total = 0;
function addToTotal(n: number): void {
  total += n;
}
addToTotal(3);
addToTotal(4);
console.log(total);
function lastOf(items: string[]): string | undefined {
  for (var item of items as Array<string | undefined>) {
    if (item === "stop") break;
  }
  return item;
}
console.log(lastOf(["a", "b"]), lastOf([]), lastOf(["x", "stop", "y"]));
function inSwitch(n: number): string {
  switch (n) {
    case 1:
      var word = "one";
      break;
    default:
      word = "many";
  }
  return word;
}
console.log(inSwitch(1), inSwitch(2));
function inTry(fail: boolean): string | undefined {
  try {
    var step: string | undefined = "start";
    if (fail) throw new Error("boom");
    step = "done";
  } catch (e) {
    step += " caught";
  } finally {
    step += " finally";
  }
  return step;
}
console.log(inTry(false), "|", inTry(true));
function counterWhile(): number {
  var n = 0;
  while (n < 5) {
    var sq: number | undefined = n * n;
    n++;
  }
  return (sq ?? 0) + n;
}
console.log(counterWhile());
