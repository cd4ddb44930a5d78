const grid = [
  [1, 2, 3],
  [4, -5, 6],
  [7, 8, 9],
];
let found = "";
outer: for (let r = 0; r < grid.length; r++) {
  for (let c = 0; c < grid[r]!.length; c++) {
    if (grid[r]![c]! < 0) {
      found = r + "," + c;
      break outer;
    }
  }
}
console.log("found", found);
const out: number[] = [];
rows: for (const row of grid) {
  for (const v of row) {
    if (v % 2 === 0) continue rows;
    out.push(v);
  }
}
console.log(out);
