// Bench program: integer loops — count primes by trial division and sum digit squares.
function isPrime(n: number): boolean {
  if (n < 2) return false;
  if (n % 2 === 0) return n === 2;
  for (let d = 3; d * d <= n; d += 2) {
    if (n % d === 0) return false;
  }
  return true;
}

let primes = 0;
let digitSquares = 0;
for (let n = 0; n < 20000; n++) {
  if (isPrime(n)) primes++;
  let m = n;
  while (m > 0) {
    const d = m % 10;
    digitSquares += d * d;
    m = Math.floor(m / 10);
  }
}
console.log("primes", primes, "digit squares", digitSquares);
