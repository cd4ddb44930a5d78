let total = 0;
let label = "none";
function add(n: number): void {
  total += n;
  label = "added " + n;
}
add(5);
add(7);
console.log(total, label);
function outer(): number {
  let acc = 1;
  const twice = () => {
    acc = acc * 2;
  };
  twice();
  twice();
  twice();
  return acc;
}
console.log(outer());
const tick = (() => {
  let n = 0;
  return () => (n += 3);
})();
tick();
console.log(tick());
