const value = 0x12345678;
const bytes = [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
console.log(bytes, bytes.map((b) => b.toString(16).padStart(2, "0")).join(""));
const back = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
console.log(back, back === value);
const neg = -2;
console.log(neg & 0xffff, (neg >>> 0).toString(16));
function popcount(n: number): number {
  let c = 0;
  while (n) {
    c += n & 1;
    n >>>= 1;
  }
  return c;
}
console.log(popcount(255), popcount(-1), popcount(0x5555));
