import { add, scale, PI2 } from "./mathutil";
import { greet } from "./text";
console.log(add(2, 3), scale([1, 2, 3], 2), PI2.toFixed(4));
console.log(greet("module"));
