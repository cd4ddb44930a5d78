function adder(a: number) {
  return (b: number) => (c: number) => a + b + c;
}
console.log(adder(1)(2)(3));
const add10 = adder(10);
const add10and5 = add10(5);
console.log(add10and5(1), add10and5(100));
function compose(f: (x: number) => number, g: (x: number) => number) {
  return (x: number) => g(f(x));
}
const inc = (x: number) => x + 1;
const dbl = (x: number) => x * 2;
console.log(compose(inc, dbl)(5), compose(dbl, inc)(5));
