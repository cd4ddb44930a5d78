// Numeric enums map values back to names (Dir[Dir.Up] === "Up"); string enums do not.
enum Dir {
  Up = 1,
  Down,
  Back = -3,
  Same = 2,
}
enum Color {
  Red = "RED",
  Green = "GREEN",
}
const codes = [1, 2, -3, 0, 7, 1.5, NaN, -0 + 1];
console.log(codes.map((c) => Dir[c]));
console.log(Dir[Dir.Up], Dir["Down"], Dir.Same, Dir[Dir.Back], Color["Red"], Color.Green);
const key: keyof typeof Dir = "Back";
console.log(Dir[key], typeof Dir[5], Dir[5] === undefined);
function name(d: Dir): string {
  return Dir[d] ?? "?";
}
console.log(name(Dir.Down), name(Dir.Back), `${Dir[1]}!`);
