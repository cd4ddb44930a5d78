const s = "3.5px";
console.log(JSON.stringify("".slice(255, 4294967295)), JSON.stringify(s.slice(3, 1e21)), JSON.stringify(s.slice(1e-7, 2)));
console.log(JSON.stringify("a,b,,c".slice(2147483648, 1e-7)), JSON.stringify(s.slice(-1e21)), JSON.stringify(s.slice(0.9, 2.9)));
console.log(JSON.stringify(s.substring(1e21)), JSON.stringify(s.substring(2.5, 0.5)));
const xs = [1, 2, 3, 4, 5];
console.log(xs.slice(1e21), xs.slice(-1e21, 2), xs.slice(1.9, 3.1), xs.slice(0, 2147483648));
console.log(parseInt(s.slice(255, 4294967295)), Math.trunc(7) + parseInt(""));
