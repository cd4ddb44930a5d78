function clampPercent(raw: number, dry: number, wet: number): number {
  const pct = ((dry - raw) / (dry - wet)) * 100;
  return Math.max(0, Math.min(100, Math.round(pct)));
}
const raws = [4095, 3000, 2500, 1800, 1200, 900];
for (const r of raws) console.log(r, clampPercent(r, 3500, 1300));
const celsius = [0, 21.5, -40, 100];
console.log(celsius.map((c) => (c * 9) / 5 + 32));
