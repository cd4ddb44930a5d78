function grade(score: number, strict: boolean): string {
  let out = "";
  switch (Math.floor(score / 10)) {
    case 10:
    case 9:
      out += "A";
      if (strict && score < 95) {
        out += "-";
        break;
      }
      out += "+";
    // falls through
    case 8:
      out += "B";
      for (let i = 0; i < 3; i++) {
        if (i === 1) break;
        out += i;
      }
      if (score === 85) break;
      out += "!";
      break;
    default:
      out += "?";
      if (score < 0) break;
      out += "low";
  }
  return out;
}
for (const [s, strict] of [[100, true], [93, true], [93, false], [85, false], [88, true], [40, false], [-5, false]] as Array<[number, boolean]>) {
  console.log(s, strict, grade(s, strict));
}
const seen: string[] = [];
for (const word of ["go", "skip", "stop", "go"]) {
  switch (word) {
    case "skip":
      if (seen.length > 0) break;
      seen.push("first skip");
      break;
    case "stop":
      seen.push("stopping");
      if (word.length === 4) break;
      seen.push("unreachable");
      break;
    default:
      seen.push(word);
  }
  seen.push("|");
}
console.log(seen.join(" "));
function firstNegative(xs: number[]): number {
  let found = -1;
  for (let i = 0; i < xs.length; i++) {
    switch (Math.sign(xs[i]!)) {
      case -1:
        found = i;
        break;
      case 0:
        if (found < 0) return -100;
    }
    if (found >= 0) break;
  }
  return found;
}
console.log(firstNegative([3, 2, -1, -5]), firstNegative([0, -1]), firstNegative([1, 2]));
