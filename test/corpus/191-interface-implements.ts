interface Readable {
  read(): number;
  readonly unit: string;
}
class Thermo implements Readable {
  readonly unit = "C";
  private t = 20;
  read(): number {
    this.t += 0.5;
    return this.t;
  }
}
class Hygro implements Readable {
  readonly unit = "%";
  read(): number {
    return 55;
  }
}
const sensors: Readable[] = [new Thermo(), new Hygro(), new Thermo()];
const out = sensors.map((s) => s.read() + s.unit);
console.log(out);
console.log(sensors.map((s) => s.read()));
