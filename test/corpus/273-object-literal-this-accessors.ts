const square = {
  side: 2,
  writes: 0,
  get area(): number {
    return this.side * this.side;
  },
  get side2(): number {
    return this.side;
  },
  set side2(v: number) {
    this.writes++;
    this.side = v < 0 ? 0 : v;
  },
  set onlySet(v: string) {
    this.side = v.length;
  },
  grow(by: number) {
    this.side2 = this.side + by;
    return this;
  },
  describe(): string {
    const parts = [this.side, this.area].map((n) => `${n}`);
    return parts.join("^2=");
  },
  plain(x: number): number {
    return x * 3;
  },
};
console.log(square.area, square.side2, typeof square.area);
square.side2 = 5;
console.log(square.area, square.writes);
square.side2 += 1;
console.log(square.side, square.writes, square.describe());
square.side2 = -4;
console.log(square.side, square.area);
square.onlySet = "four";
console.log(square.side, square.onlySet, square.grow(1).grow(2).describe(), square.plain(7));
console.log(square);
console.log(JSON.stringify(square));
const tally = {
  counts: {} as Record<string, number>,
  add(word: string): void {
    this.counts[word] = (this.counts[word] ?? 0) + 1;
  },
  top(): string {
    let best = "";
    for (const k of Object.keys(this.counts)) if (best === "" || this.counts[k]! > this.counts[best]!) best = k;
    return best;
  },
};
for (const w of ["a", "b", "b", "c", "b", "a"]) tally.add(w);
console.log(tally.top(), tally.counts, JSON.stringify(tally));
