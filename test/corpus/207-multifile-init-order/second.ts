import { a } from "./first";
console.log("second module runs, sees", a);
export const b = a + "B";
