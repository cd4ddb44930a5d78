let n = 0;
const seen: string[] = [];
outer: do {
  n++;
  for (let j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    seen.push(`${n}:${j}`);
  }
  seen.push("never");
} while (n < 3);
console.log(seen.join(","), n);
let m = 5;
do {
  m--;
  switch (m) {
    case 3:
      continue;
    default:
      console.log("m", m);
  }
} while (m > 0);
let tries = 0;
do {
  tries++;
  if (tries < 100) continue;
  console.log("unreachable?", tries);
} while (false);
console.log("tries", tries);
function firstSquareOver(limit: number): number {
  let k = 0;
  do {
    k++;
    if (k * k <= limit) continue;
    return k;
  } while (true);
}
console.log(firstSquareOver(0), firstSquareOver(50), firstSquareOver(-1));
