/**
 * Generated ESP32 firmware images for the tests: a valid header (magic 0xE9, chip id ESP32) and a
 * body of pseudo-random bytes mixed with long compressible runs, from a fixed seed.
 */
export function makeEsp32Image(size: number, seed = 1): Uint8Array {
  const image = new Uint8Array(size);
  let state = seed >>> 0 || 1;
  const next = (): number => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state & 0xff;
  };
  for (let offset = 0; offset < size; ) {
    const run = 512 + (next() << 4);
    const compressible = next() < 128;
    const fill = next();
    for (let i = 0; i < run && offset < size; i++, offset++) image[offset] = compressible ? fill : next();
  }
  image[0] = 0xe9; // magic
  image[1] = 3; // segment count
  image[2] = 2; // flash mode DIO
  image[3] = 0x20; // 4 MB, 40 MHz
  image.fill(0, 8, 24); // extended header: wp pin, drive settings, chip id 0 = ESP32, …
  return image;
}
