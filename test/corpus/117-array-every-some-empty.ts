const a = [2, 4, 6];
console.log(a.every((n) => n % 2 === 0), a.some((n) => n > 5), a.some((n) => n > 6));
const empty: number[] = [];
console.log(empty.every((n) => n > 0), empty.some((n) => n > 0));
console.log(empty.find((n) => n > 0), empty.findIndex((n) => n > 0));
console.log(empty.map((n) => n * 2), empty.filter((n) => n > 0));
console.log(empty.reduce((acc, n) => acc + n, 100));
try {
  empty.reduce((acc, n) => acc + n);
} catch (e) {
  console.log("reduce empty throws", e instanceof TypeError);
}
