class Sensor {
  readings = [10, 20, 30, 40, 50, 60, 70, 80];
  static count = 3;
  constructor(public id: string) {}
  get latest(): number {
    return this.readings[this.readings.length - 1]!;
  }
}
console.log(new Sensor("s1"));
console.log({ map: new Map([["a", [1, 2]]]), set: new Set(["x"]), nested: { inner: new Map<string, number>() } });
console.log({ bed: { id: 1, plants: ["basil", "mint", "sage"], soil: { moisture: 40, temperature: 21.5, ok: true } } });
console.log([[1, 2, 3, 4, 5, 6, 7], ["a"]]);
console.log({ a: "x".repeat(30), b: "y".repeat(30), c: "z".repeat(10) });
