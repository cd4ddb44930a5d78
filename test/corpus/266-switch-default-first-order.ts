const log: string[] = [];
function key(name: string, v: number): number {
  log.push(name);
  return v;
}
function pick(x: number): string {
  let r = "";
  switch (x) {
    default:
      r += "d";
    case key("a", 1):
      r += "1";
      break;
    case key("b", 2):
      r += "2";
    case key("c", 3):
      r += "3";
  }
  return r;
}
for (const x of [1, 2, 3, 4, -0, NaN]) {
  log.length = 0;
  console.log(x, JSON.stringify(pick(x)), log.join(""));
}
function word(s: string): number {
  switch (s) {
    case "":
      return 0;
    default:
      return -1;
    case "x":
    case "y":
      return 1;
  }
}
console.log(word(""), word("x"), word("y"), word("z"), word("X"));
function zero(v: number): string {
  switch (v) {
    case 0:
      return "zero";
    default:
      return "other";
    case NaN:
      return "nan";
  }
}
console.log(zero(-0), zero(0), zero(NaN), zero(1));
