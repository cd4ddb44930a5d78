const grid: number[][] = [];
for (let r = 0; r < 3; r++) {
  const row: number[] = [];
  for (let c = 0; c < 4; c++) row.push(r * 4 + c);
  grid.push(row);
}
console.log(grid);
const transposed = grid[0]!.map((_, c) => grid.map((row) => row[c]!));
console.log(transposed);
console.log(grid.map((row) => row.reduce((a, b) => a + b, 0)));
grid[1]![2] = -1;
console.log(grid[1]);
