const point = { x: 3, y: 4, label: "P" };
const { x, y } = point;
console.log(x, y);
const { label: name, x: px } = point;
console.log(name, px);
const cfg: { host?: string; port?: number } = { host: "h" };
const { host = "localhost", port = 1883 } = cfg;
console.log(host, port);
const { label, ...coords } = point;
console.log(label, coords);
function area({ w, h }: { w: number; h: number }): number {
  return w * h;
}
console.log(area({ w: 6, h: 7 }));
