function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return Math.abs(a);
}
const lcm = (a: number, b: number): number => (a / gcd(a, b)) * b;
console.log(gcd(48, 18), gcd(17, 5), gcd(-12, 8), gcd(0, 9));
console.log(lcm(4, 6), [2, 3, 4, 5].reduce(lcm));
console.log((48 / gcd(48, 18)) + "/" + (18 / gcd(48, 18)));
