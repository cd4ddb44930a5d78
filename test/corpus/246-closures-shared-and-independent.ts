function makePair(): [() => number, () => number] {
  let shared = 0;
  return [() => ++shared, () => shared * 10];
}
const [incA, readA] = makePair();
const [incB, readB] = makePair();
incA();
incA();
incB();
console.log(readA(), readB());
const counters = [1, 2, 3].map((start) => {
  let n = start;
  return () => (n *= 2);
});
console.log(counters.map((c) => c()), counters.map((c) => c()));
let captured = "before";
const show = () => captured;
captured = "after";
console.log(show());
