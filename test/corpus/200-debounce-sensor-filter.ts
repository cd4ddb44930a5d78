class Debouncer {
  private stable: boolean;
  private candidate: boolean;
  private count = 0;
  constructor(initial: boolean, private threshold: number) {
    this.stable = initial;
    this.candidate = initial;
  }
  feed(v: boolean): boolean {
    if (v === this.candidate) this.count++;
    else {
      this.candidate = v;
      this.count = 1;
    }
    if (this.count >= this.threshold) this.stable = this.candidate;
    return this.stable;
  }
}
const d = new Debouncer(false, 3);
const input = [true, false, true, true, true, false, false, true, false, false, false];
console.log(input.map((v) => (d.feed(v) ? 1 : 0)).join(""));
