const inputs = ["10", "x", "30", "", "50"];
let sum = 0;
const errors: string[] = [];
for (const s of inputs) {
  try {
    const n = Number(s);
    if (s === "" || isNaN(n)) throw new Error("bad input: '" + s + "'");
    sum += n;
  } catch (e) {
    errors.push((e as Error).message);
    continue;
  } finally {
    sum += 0.5;
  }
}
console.log(sum, errors);
