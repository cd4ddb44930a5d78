class Reading {
  constructor(public sensor: string, public value: number) {}
}
class Empty {}
console.log(new Reading("temp", 21));
console.log(new Empty());
console.log([new Reading("a", 1)]);
console.log({ r: new Reading("b", 2) });
