const s = "abc";
const t = s.toUpperCase();
console.log(s, t);
let u = s;
u += "d";
console.log(s, u);
const arr = s.split("");
arr[0] = "z";
console.log(s, arr.join(""));
