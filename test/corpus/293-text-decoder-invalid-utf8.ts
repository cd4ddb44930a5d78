// TextDecoder replaces each invalid UTF-8 sequence with U+FFFD and drops a leading BOM, as in
// JavaScript; TextEncoder writes a lone surrogate as U+FFFD.
const samples: number[][] = [
  [0x68, 0x69],
  [0xff],
  [0x61, 0xc3],
  [0xc0, 0x80],
  [0xed, 0xa0, 0xbd],
  [0xf0, 0x9f, 0x98],
  [0xf0, 0x9f, 0x98, 0x80, 0x21],
  [0xef, 0xbb, 0xbf, 0x41],
  [0xe2, 0x82, 0xac, 0x80, 0xf4, 0x90, 0x80, 0x80],
  [],
];
const decoder = new TextDecoder();
for (const s of samples) {
  const text = decoder.decode(new Uint8Array(s));
  const units: number[] = [];
  for (let i = 0; i < text.length; i++) units.push(text.charCodeAt(i));
  console.log(JSON.stringify(text), text.length, units.join(","));
}
const encoder = new TextEncoder();
console.log(Array.from(encoder.encode("a\ud800b")).join(","), Array.from(encoder.encode("\u{1F680}")).join(","), encoder.encode("").length);
