let allInRange = true;
let sawDifferent = false;
let prev = Math.random();
for (let i = 0; i < 200; i++) {
  const r = Math.random();
  if (r < 0 || r >= 1) allInRange = false;
  if (r !== prev) sawDifferent = true;
  prev = r;
}
console.log("in range", allInRange, "varies", sawDifferent);
const dice: number[] = [];
for (let i = 0; i < 100; i++) dice.push(Math.floor(Math.random() * 6) + 1);
console.log(dice.every((d) => d >= 1 && d <= 6 && Number.isInteger(d)));
