function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
for (const s of ["", "a", "hello", "tsmp firmware"]) console.log(JSON.stringify(s), fnv1a(s), fnv1a(s).toString(16));
console.log(Math.imul(0xffffffff, 5), Math.imul(3, 4), Math.clz32(1), Math.clz32(0));
