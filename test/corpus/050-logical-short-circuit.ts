let calls = 0;
function t(v: boolean): boolean {
  calls++;
  return v;
}
console.log(t(false) && t(true), calls);
console.log(t(true) || t(false), calls);
console.log(t(true) && t(false), calls);
let x: string | undefined;
x ||= "set";
console.log(x);
x &&= x + "!";
console.log(x);
const nul: number | null = Number("1") > 5 ? 1 : null;
const und: number | undefined = nul === null ? undefined : 2;
const zero: number = 0;
console.log(nul || und || zero || "last");
console.log(1 && "two" && 3);
