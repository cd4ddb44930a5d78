const log: string[] = [];
function step(name: string): void {
  log.push(name);
}
try {
  try {
    step("a");
    throw new Error("x");
  } finally {
    step("inner-finally");
  }
} catch (e) {
  step("outer-catch:" + (e as Error).message);
} finally {
  step("outer-finally");
}
console.log(log.join(" > "));
function loopWithFinally(): number {
  let n = 0;
  for (let i = 0; i < 5; i++) {
    try {
      if (i === 3) break;
      if (i === 1) continue;
      n += 10;
    } finally {
      n += 1;
    }
  }
  return n;
}
console.log(loopWithFinally());
