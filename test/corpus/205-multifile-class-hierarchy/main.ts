import { Device } from "./device";
import { Pump } from "./pump";
const devs: Device[] = [new Device("lamp"), new Pump("pump1", 3)];
for (const d of devs) {
  d.toggle();
  console.log(d.status());
}
console.log(devs[1] instanceof Device, devs[0] instanceof Pump);
