import { count, inc, label, rename } from "./state";
import * as state from "./state";
import describe from "./describe";
console.log(count, label);
inc();
inc();
rename("after");
console.log(count, label, state.count, state.label);
console.log(describe());
