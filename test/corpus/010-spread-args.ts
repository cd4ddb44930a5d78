function three(a: number, b: number, c: number): number {
  return a * 100 + b * 10 + c;
}
const args: [number, number, number] = [1, 2, 3];
console.log(three(...args));
console.log(Math.max(...[3, 9, 2]), Math.min(...[3, 9, 2]));
const a = [1, 2];
const b = [3, 4];
const c = [0, ...a, 2.5, ...b, 5];
console.log(c);
const copy = [...c];
copy.push(6);
console.log(c.length, copy.length);
const chars = [..."hey"];
console.log(chars);
