class Sensor {
  private reads = 0;
  constructor(private name: string) {}
  async read(): Promise<number> {
    await new Promise<void>((r) => setTimeout(r, 1));
    this.reads++;
    return this.reads * 1.5;
  }
  async readMany(n: number): Promise<number[]> {
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push(await this.read());
    return out;
  }
  get label(): string {
    return this.name + "(" + this.reads + ")";
  }
}
const s = new Sensor("soil");
s.readMany(3).then((vals) => {
  console.log(vals, s.label);
});
