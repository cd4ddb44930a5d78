// Re-exports: export * (types and the default skipped), export { a as b } from, export * as ns, chains.
import { read, Probe, OFFSET, fahrenheit, FREEZING, conv, type Reading } from "./facade";
import * as hub from "./hub";
const r: Reading = read(20);
console.log(r, OFFSET, fahrenheit(r.value), FREEZING, conv.toF(100), conv.FREEZING);
console.log(new Probe(4).describe(), hub.read(1).value, new hub.Probe(5).pin, hub.fahrenheit(-40));
