console.log(1 << 31, 1 << 32, 1 << 33, 3 << 30);
console.log(-1 >>> 0, -1 >>> 28, 1 >>> 0, -8 >>> 1);
console.log(-16 >> 2, 16 >> 2, -1 >> 31, 0x80000000 >> 4);
console.log(255 << 24, (255 << 24) >>> 0);
console.log(1 << -1, 8 >> 33);
let h = 0;
for (const ch of "hello") {
  h = (h << 5) - h + ch.charCodeAt(0);
  h |= 0;
}
console.log("hash", h, h >>> 0);
