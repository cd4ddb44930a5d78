const nz = -0;
console.log(nz, String(nz), `${nz}`, nz.toString());
console.log([nz], JSON.stringify(nz), JSON.stringify([nz]));
console.log(Object.is(nz, 0), nz === 0, 1 / nz);
console.log(Math.round(-0.4), Math.ceil(-0.5), Math.trunc(-0.9));
console.log(0 * -1, -0 + 0);
console.log((-0).toFixed(2), Math.abs(-0));
console.log(Math.sign(-0));
