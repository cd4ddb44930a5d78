let n = 27;
let steps = 0;
while (n !== 1) {
  n = n % 2 === 0 ? n / 2 : 3 * n + 1;
  steps++;
}
console.log("collatz steps", steps);
let i = 0;
do {
  i++;
} while (i < 0);
console.log("do ran", i);
let k = 0;
while (true) {
  k++;
  if (k > 4) break;
}
console.log(k);
