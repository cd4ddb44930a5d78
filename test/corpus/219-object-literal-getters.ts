const box = {
  w: 3,
  h: 4,
  get area(): number {
    return this.w * this.h;
  },
  set size(v: number) {
    this.w = v;
    this.h = v;
  },
};
console.log(box.area);
box.size = 5;
console.log(box.area, box.w);
console.log(JSON.stringify(box));
