// switch with default first: a non-matching value starts at default and falls through into the
// cases below it; a matching value starts at its case; -0 matches 0, NaN matches nothing.
function label(v: number): string {
  const out: string[] = [];
  switch (v) {
    default:
      out.push("default");
    case 0:
      out.push("zero");
      if (v > 5) break;
    case 1:
      out.push("one");
      break;
    case 2:
      out.push("two");
  }
  return out.join(">");
}
for (const v of [0, -0, 1, 2, 3, 9, NaN, Infinity]) console.log(v, label(v));
function middle(s: string): number {
  let n = 0;
  switch (s) {
    case "a":
      n += 1;
    default:
      n += 10;
    case "b":
      n += 100;
      break;
    case "":
      n += 1000;
  }
  return n;
}
console.log(middle("a"), middle("b"), middle(""), middle("zz"), middle("A"));
