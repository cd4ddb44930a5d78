const s = "5";
const n = 3;
console.log(s + n, Number(s) + n, parseInt(s) * n);
console.log(s.repeat(n), String(n).padStart(4, "0"));
console.log(("" + 1 / 8).length);
const price = 19.999;
console.log("Price: " + price.toFixed(2) + " EUR");
console.log((7).toString().concat("!", String(8)));
