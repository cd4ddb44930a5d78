function makeCounter(start: number) {
  let count = start;
  return {
    inc: () => ++count,
    dec: () => --count,
    get: () => count,
  };
}
const a = makeCounter(0);
const b = makeCounter(100);
a.inc();
a.inc();
b.dec();
console.log(a.get(), b.get());
console.log(a.inc(), a.get(), b.dec(), b.get());
