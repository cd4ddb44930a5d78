const readings = [12, 45, 7, 88, 23, 56, 3, 91];
const result = readings
  .filter((r) => r > 10)
  .map((r) => r / 2)
  .sort((a, b) => b - a)
  .slice(0, 3)
  .map((r) => r.toFixed(1));
console.log(result);
const hist = readings.reduce(
  (acc, r) => {
    const bucket = Math.floor(r / 25);
    acc[bucket] = (acc[bucket] ?? 0) + 1;
    return acc;
  },
  [] as number[],
);
console.log(hist.length, hist.join(","));
