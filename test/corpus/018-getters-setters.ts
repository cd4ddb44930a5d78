class Temperature {
  private celsius = 0;
  get fahrenheit(): number {
    return this.celsius * 9 / 5 + 32;
  }
  set fahrenheit(f: number) {
    this.celsius = (f - 32) * 5 / 9;
  }
  get c(): number {
    return this.celsius;
  }
}
const t = new Temperature();
console.log(t.fahrenheit);
t.fahrenheit = 212;
console.log(t.c, t.fahrenheit);
t.fahrenheit = -40;
console.log(t.c);
