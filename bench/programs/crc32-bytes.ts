// Bench program: bitwise work on bytes — CRC-32 (table driven) over a generated buffer, several times.
const table: number[] = [];
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  table.push(c >>> 0);
}
const data = new Uint8Array(4096);
for (let i = 0; i < data.length; i++) data[i] = (i * 31 + 7) & 0xff;
function crc32(buf: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < buf.length; i++) crc = table[(crc ^ buf[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
let result = 0;
for (let round = 0; round < 16; round++) {
  data[round] = round;
  result = crc32(data);
}
console.log("crc32", result.toString(16), result);
