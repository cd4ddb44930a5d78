const a = ["x", "y", "z"];
a.forEach((v, i) => console.log(i, v));
console.log(a.join(), a.join(""), a.join(" - "));
console.log([1, null, undefined, 2].join(","));
console.log([[1, 2], [3]].join(";"));
console.log([].join("x") === "");
let total = 0;
[5, 10, 15].forEach((n) => {
  total += n;
});
console.log(total);
