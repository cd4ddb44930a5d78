class IdGen {
  static next = 1;
  static readonly prefix = "id-";
  static make(): string {
    return IdGen.prefix + IdGen.next++;
  }
  static reset(): void {
    this.next = 1;
  }
}
console.log(IdGen.make(), IdGen.make(), IdGen.make());
IdGen.reset();
console.log(IdGen.make(), IdGen.next);
class MathUtil {
  static square(n: number): number {
    return n * n;
  }
}
console.log(MathUtil.square(12));
