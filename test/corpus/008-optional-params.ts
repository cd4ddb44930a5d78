function describe(name: string, age?: number): string {
  if (age === undefined) {
    return name + " (age unknown)";
  }
  return name + " is " + age;
}
console.log(describe("Ann"));
console.log(describe("Ben", 0));
console.log(describe("Cat", 42));
function opt(a?: string, b?: string): string {
  return String(a) + "|" + String(b);
}
console.log(opt(), opt("x"), opt(undefined, "y"));
