class Timer {
  ticks = 0;
  private handlers: Array<() => void> = [];
  constructor() {
    this.handlers.push(() => {
      this.ticks += 1;
    });
    this.handlers.push(() => {
      this.ticks *= 10;
    });
  }
  fire(): number {
    this.handlers.forEach((h) => h());
    return this.ticks;
  }
}
const t = new Timer();
console.log(t.fire(), t.fire());
const bound = t.fire.bind(t);
console.log(bound());
