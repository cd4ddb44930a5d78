import { area, perimeter, UNIT, Shapes } from "./index";
import circleArea from "./circle";
console.log(area(2, 3), perimeter(2, 3), UNIT);
console.log(circleArea(1).toFixed(4), Shapes.Square, Shapes[Shapes.Circle]);
