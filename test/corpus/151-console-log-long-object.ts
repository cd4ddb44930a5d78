const o = {
  temperature: 21.5,
  humidity: 40.25,
  moisture: 512,
  light: 1023,
  battery: 3.7,
  label: "greenhouse bed number one",
};
console.log(o);
console.log({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10, k: 11, l: 12, m: 13, n: 14 });
console.log({ list: ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"] });
