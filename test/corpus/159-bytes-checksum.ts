function crc8(data: Uint8Array): number {
  let crc = 0;
  for (const byte of data) {
    crc ^= byte;
    for (let i = 0; i < 8; i++) {
      crc = crc & 0x80 ? ((crc << 1) ^ 0x31) & 0xff : (crc << 1) & 0xff;
    }
  }
  return crc;
}
const data = new Uint8Array([0xbe, 0xef]);
console.log(crc8(data).toString(16));
const msg = new Uint8Array(10);
for (let i = 0; i < msg.length; i++) msg[i] = (i * 37) & 0xff;
console.log(Array.from(msg), crc8(msg));
