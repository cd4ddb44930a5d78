// Regular-expression features MicroPython's re cannot run are refused (TSMP2008), located in the pattern.
console.log("price: $42".match(/(?<=\$)\d+/)?.[0]);
console.log("cat catalog".replace(/\bcat\b/g, "dog"));
console.log(/^b/m.test("a\nb"), "abab".match(/(ab)\1/)?.[0]);
