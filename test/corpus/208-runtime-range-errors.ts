const attempts: Array<[string, () => unknown]> = [
  ["repeat(-1)", () => "ab".repeat(-1)],
  ["toFixed(101)", () => (1).toFixed(101)],
  ["new Array(-1)", () => new Array(-1)],
  ["toString(1)", () => (5).toString(1)],
];
for (const [label, f] of attempts) {
  try {
    f();
    console.log(label, "no error");
  } catch (e) {
    console.log(label, e instanceof RangeError, (e as Error).name);
  }
}
