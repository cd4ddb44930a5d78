let a = 0;
let b = 100;
let rounds = 0;
while (a < b && (b - a) % 7 !== 0 || rounds === 0) {
  a += 3;
  b -= 2;
  rounds++;
}
console.log(a, b, rounds);
let text = "aaabbbcccd";
let runs = "";
let i = 0;
while (i < text.length) {
  let j = i;
  while (j < text.length && text[j] === text[i]) j++;
  runs += text[i]! + (j - i);
  i = j;
}
console.log(runs);
text = "";
do {
  text += "x";
} while (text.length < 3 && !text.includes("xxx"));
console.log(text);
