console.log("v=" + 1.5, "v=" + 2.0, "v=" + 1e21, "v=" + 1e-7);
console.log("" + 0.1 * 3, "" + -0, "" + NaN, "" + Infinity);
console.log(`${7 / 2} ${6 / 2} ${1 / 3}`);
console.log(String(100), String(0.5), String(-1e-7));
console.log(1 + 2 + "3", "1" + 2 + 3, 1 + +"2");
console.log([1.5, 2, 0.1 + 0.2].join(","));
console.log((12.0).toString(), (1e100).toString());
