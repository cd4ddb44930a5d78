class RingBuffer {
  private data: number[];
  private head = 0;
  private count = 0;
  constructor(private capacity: number) {
    this.data = new Array<number>(capacity).fill(0);
  }
  push(v: number): void {
    this.data[(this.head + this.count) % this.capacity] = v;
    if (this.count < this.capacity) this.count++;
    else this.head = (this.head + 1) % this.capacity;
  }
  toArray(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.count; i++) out.push(this.data[(this.head + i) % this.capacity]!);
    return out;
  }
  average(): number {
    const a = this.toArray();
    return a.length === 0 ? 0 : a.reduce((s, x) => s + x, 0) / a.length;
  }
}
const rb = new RingBuffer(4);
console.log(rb.average());
for (let i = 1; i <= 6; i++) rb.push(i * 10);
console.log(rb.toArray(), rb.average());
