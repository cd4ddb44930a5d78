import { increment, current, history } from "./counter";
import { bumpTwice } from "./user";
increment();
bumpTwice();
console.log(current(), history);
increment();
console.log(current(), history.length);
