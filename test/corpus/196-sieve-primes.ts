function primes(limit: number): number[] {
  const sieve = new Array<boolean>(limit + 1).fill(true);
  sieve[0] = false;
  sieve[1] = false;
  for (let i = 2; i * i <= limit; i++) {
    if (!sieve[i]) continue;
    for (let j = i * i; j <= limit; j += i) sieve[j] = false;
  }
  const out: number[] = [];
  sieve.forEach((isP, n) => {
    if (isP) out.push(n);
  });
  return out;
}
console.log(primes(50));
console.log(primes(1000).length);
