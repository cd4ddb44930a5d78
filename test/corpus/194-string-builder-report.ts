const rows = [
  ["bed", "temp", "moist"],
  ["north", "21.5", "40"],
  ["south-east", "19", "55"],
];
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const r of rows) {
  console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join(" | "));
}
console.log(widths.map((w) => "-".repeat(w)).join("-+-"));
