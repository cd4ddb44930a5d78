const arr = Array.from({ length: 30 }, (_, i) => i);
console.log(arr);
const words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"];
console.log(words);
const many = Array.from({ length: 120 }, (_, i) => i % 10);
console.log(many);
console.log([1, 2, 3, 4, 5, 6, 7]);
