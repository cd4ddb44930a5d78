function safeParse(text: string): number | null {
  try {
    return (JSON.parse(text) as { v: number }).v;
  } catch {
    return null;
  }
}
console.log(safeParse('{"v": 3}'), safeParse("nope"), safeParse("{}"));
let attempts = 0;
function flaky(): string {
  attempts++;
  if (attempts < 3) throw new Error("try again " + attempts);
  return "ok after " + attempts;
}
let result = "";
while (result === "") {
  try {
    result = flaky();
  } catch (e) {
    console.log((e as Error).message);
  }
}
console.log(result);
