let s = "";
for (let i = 0; i < 5; i++) s += i;
console.log(s);
for (let i = 10; i > 0; i -= 3) console.log(i);
let j = 0;
for (; j < 3; ) {
  j++;
}
console.log(j);
for (let a = 0, b = 10; a < b; a += 2, b -= 2) {
  console.log(a, b);
}
const arr: string[] = [];
for (let i = 0; i < 3; i++) {
  if (i === 1) continue;
  arr.push("i" + i);
}
console.log(arr);
