import Thermometer from "./thermometer";
import format, { UNIT } from "./format";
const t = new Thermometer(20);
t.warm(1.5);
t.warm(2);
console.log(format(t.value), UNIT);
console.log(t instanceof Thermometer);
