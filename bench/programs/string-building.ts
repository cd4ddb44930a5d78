// Bench program: string building — format rows into lines, join them, then scan the text.
const names = ["north", "south", "east", "west", "centre"];
const lines: string[] = [];
for (let i = 0; i < 9000; i++) {
  const name = names[i % names.length]!;
  const value = (i * 37) % 1000;
  lines.push(name.toUpperCase() + ";" + String(i).padStart(5, "0") + ";" + value);
}
const text = lines.join("\n");
let semicolons = 0;
let nines = 0;
for (const line of text.split("\n")) {
  const parts = line.split(";");
  semicolons += parts.length - 1;
  if (parts[2]!.endsWith("9")) nines++;
}
console.log("length", text.length, "semicolons", semicolons, "nines", nines);
