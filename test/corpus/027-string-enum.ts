enum Color {
  Red = "RED",
  Green = "GREEN",
  Blue = "BLUE",
}
const c: Color = Color.Green;
console.log(c, Color.Red.toLowerCase());
const all = [Color.Red, Color.Green, Color.Blue];
console.log(all.join("|"));
console.log(c === Color.Green, c === "GREEN");
function isWarm(col: Color): boolean {
  return col === Color.Red;
}
console.log(isWarm(Color.Red), isWarm(Color.Blue));
