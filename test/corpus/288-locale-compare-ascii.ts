// localeCompare with Node's default collation on ASCII text: case-insensitive first, then lowercase
// before uppercase; punctuation before digits before letters; control characters ignored.
const alphabet = " -_.,;!?'\"()@*/\\&#%^+<=>|~$09aAbBmMzZ\t\x01";
let seed = 12345;
function next(): number {
  seed = (seed * 75 + 74) % 65537;
  return seed;
}
function word(): string {
  let s = "";
  const n = next() % 5;
  for (let i = 0; i < n; i++) s += alphabet[next() % alphabet.length];
  return s;
}
let signature = "";
for (let i = 0; i < 400; i++) {
  const r = word().localeCompare(word());
  signature += r < 0 ? "<" : r > 0 ? ">" : "=";
}
console.log(signature);
const names = ["beta", "Alpha", "alpha", "_x", "Beta", "a-b", "ab", "a b", "10", "9", "", "Zed", "z"];
console.log([...names].sort((x, y) => x.localeCompare(y)));
console.log("a".localeCompare("B"), "B".localeCompare("a"), "a".localeCompare("A"), "x\x01y".localeCompare("xy"), "".localeCompare(""));
