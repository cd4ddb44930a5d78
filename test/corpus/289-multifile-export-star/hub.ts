export * from "./sensors";
export { toF as fahrenheit, FREEZING } from "./convert";
export * as conv from "./convert";
