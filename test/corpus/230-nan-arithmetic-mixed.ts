const garbage = Number("tab");
let v = 3;
v -= garbage;
console.log(v, Math.ceil(v), Math.floor(v), Math.round(v), v | 0, v > 0, v < 0);
console.log(parseInt("x") + 1, Math.max(parseFloat("y"), 2), [NaN].includes(NaN), [NaN].indexOf(NaN));
console.log((NaN).toFixed(2), String(NaN), JSON.stringify({ n: NaN }), (NaN).toString(2));
console.log(Infinity % 2, 5 % Infinity, -5 % -Infinity, 0 * Infinity);
console.log((1e21).toFixed(2), (Infinity).toFixed(1), (-Infinity).toString(16));
