let out = "";
for (let i = 0; i < 5; i++) {
  out += String.fromCharCode(97 + i);
}
console.log(out);
const parts: string[] = [];
for (const ch of out) parts.unshift(ch);
console.log(parts.join(""));
console.log(out.split("").reverse().join(""));
let count = 0;
for (const ch of "mississippi") if (ch === "s") count++;
console.log(count);
