import { count, label } from "./state";
const describe = (): string => `count=${count} label=${label}`;
export default describe;
