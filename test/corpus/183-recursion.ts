function fib(n: number): number {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
console.log([0, 1, 2, 10, 20].map(fib));
function fact(n: number): number {
  return n <= 1 ? 1 : n * fact(n - 1);
}
console.log(fact(10), fact(18));
function permutations(s: string): string[] {
  if (s.length <= 1) return [s];
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    for (const p of permutations(s.slice(0, i) + s.slice(i + 1))) out.push(s[i] + p);
  }
  return out;
}
console.log(permutations("abc"));
