// Destructuring assignment through shorthand properties writes the outer variables, including
// from closures; counters written this way are not proven ints.
let a = 1;
let b = 2;
({ a, b } = { a: b, b: a });
console.log(a, b);
function f(): number {
  let z = 0;
  const g = () => {
    ({ z } = { z: 7 });
  };
  g();
  return z;
}
console.log(f());
let n = 0;
n++;
({ n } = { n: 0.25 });
console.log(n, JSON.stringify({ n }));
let m = 0;
m--;
const src: number[] = [1.5];
[m = 5] = src;
console.log(m, [m]);
let k = 3;
k++;
[k] = [2.5];
console.log(k);
