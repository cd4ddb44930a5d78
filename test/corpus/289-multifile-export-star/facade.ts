export { read, Probe, type Reading } from "./hub";
export * from "./hub";
