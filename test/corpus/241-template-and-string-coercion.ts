const arr = [1, [2, 3], null, undefined, [4, [5, null]]];
console.log(`${arr}`, String(arr), arr.join("|"));
console.log(`${{}}`, `${[]}`, `${[[]]}`, `${[null]}`, `${[undefined, 1]}`);
console.log(`${-0}`, `${[-0]}`, `${0.1 + 0.2}`, `${1e21}`, `${2 ** 31}`);
console.log("" + true + false + null + undefined + 1 + 2);
console.log(1 + 2 + "" + 1 + 2, [1] + "" === "1");
