console.log("ab".repeat(3), "-".repeat(0) === "", "=".repeat(10));
console.log("Hello World".toUpperCase(), "Hello World".toLowerCase());
console.log("ß".toUpperCase().length >= 1, "MiXeD 123".toLowerCase());
const title = "plant monitor"
  .split(" ")
  .map((w) => w[0]!.toUpperCase() + w.slice(1))
  .join(" ");
console.log(title);
