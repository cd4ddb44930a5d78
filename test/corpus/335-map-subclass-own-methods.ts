// A class extending Map with its own get/set/has: calls through a Map-typed value reach them
// (the direct string-key paths are off in a program with such a class).
class CountingMap extends Map<string, number> {
  calls = 0;
  override get(k: string): number | undefined {
    this.calls++;
    return super.get(k);
  }
  override set(k: string, v: number): this {
    this.calls++;
    return super.set(k, v * 2);
  }
  override has(k: string): boolean {
    this.calls++;
    return super.has(k);
  }
}
const c = new CountingMap();
const m: Map<string, number> = c;
const key = "a";
m.set(key, 1);
m.set("b", (m.get(key) ?? 0) + 1);
console.log(m.get("b"), m.has(key), m.has("z"), c.calls, [...m]);
