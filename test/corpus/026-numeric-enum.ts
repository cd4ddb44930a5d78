enum Dir {
  Up,
  Down,
  Left = 10,
  Right,
}
console.log(Dir.Up, Dir.Down, Dir.Left, Dir.Right);
console.log(Dir[0], Dir[11]);
function move(d: Dir): string {
  switch (d) {
    case Dir.Up:
      return "north";
    case Dir.Down:
      return "south";
    default:
      return "side " + d;
  }
}
console.log(move(Dir.Up), move(Dir.Right));
