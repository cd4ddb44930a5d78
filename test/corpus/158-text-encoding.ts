const enc = new TextEncoder();
const bytes = enc.encode("héllo");
console.log(bytes.length, Array.from(bytes).join(" "));
const dec = new TextDecoder();
console.log(dec.decode(bytes));
console.log(dec.decode(new Uint8Array([72, 105, 33])));
console.log(enc.encode("").length);
