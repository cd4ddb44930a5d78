const csv = "name,temp,moist\nbed1,21.5,40\nbed2,19,55\nbed3,23.25,33";
const [header, ...rows] = csv.split("\n");
const cols = header!.split(",");
const records = rows.map((line) => {
  const cells = line.split(",");
  const rec: Record<string, string | number> = {};
  cols.forEach((c, i) => {
    const v = cells[i]!;
    rec[c] = i === 0 ? v : Number(v);
  });
  return rec;
});
console.log(records);
const temps = records.map((r) => r["temp"] as number);
console.log(Math.max(...temps), temps.reduce((a, b) => a + b, 0) / temps.length);
