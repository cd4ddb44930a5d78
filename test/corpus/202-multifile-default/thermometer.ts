export default class Thermometer {
  constructor(public value: number) {}
  warm(by: number): void {
    this.value += by;
  }
}
