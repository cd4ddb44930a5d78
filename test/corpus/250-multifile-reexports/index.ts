export { area, perimeter } from "./rect";
export { UNIT } from "./units";
export { Shapes } from "./units";
