// Object.keys/values/entries of class instances (own fields in creation order) and of arrays.
class Sensor {
  reading = 0;
  label: string;
  constructor(public pin: number, label: string) {
    this.label = label;
  }
  get doubled(): number {
    return this.reading * 2;
  }
  read(): number {
    return this.reading;
  }
}
class Soil extends Sensor {
  wet = false;
  constructor(pin: number) {
    super(pin, "soil");
    this.reading = 512;
  }
}
const s = new Sensor(32, "light");
console.log(Object.keys(s), Object.values(s));
const soil = new Soil(34);
console.log(Object.entries(soil));
for (const [k, v] of Object.entries(soil)) console.log(`${k}=${v}`);
console.log(Object.keys([]), Object.keys(["x", "y", "z"]), Object.values([3, 1]), Object.entries(["a", "b"]));
const grid: number[][] = [[1], [2, 3]];
console.log(Object.entries(grid).map(([i, row]) => i + ":" + row.length).join(" "));
