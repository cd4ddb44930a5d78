import { Device } from "./device";
export class Pump extends Device {
  constructor(name: string, private litres: number) {
    super(name);
  }
  override status(): string {
    return super.status() + " " + this.litres + "L/min";
  }
}
