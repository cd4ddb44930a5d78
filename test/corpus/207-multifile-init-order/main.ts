import { a } from "./first";
import { b } from "./second";
console.log("main body", a, b);
