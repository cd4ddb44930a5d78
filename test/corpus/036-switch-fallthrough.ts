function classify(n: number): string[] {
  const out: string[] = [];
  switch (n) {
    case 0:
      out.push("zero");
    // falls through
    case 1:
      out.push("small");
      break;
    case 2:
    case 3:
      out.push("medium");
      break;
    default:
      out.push("large");
    // falls through
    case 99:
      out.push("end");
  }
  return out;
}
for (const n of [0, 1, 2, 3, 7, 99]) console.log(n, classify(n));
