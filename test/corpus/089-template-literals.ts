const name = "Ada";
const n: number = 3;
console.log(`Hello ${name}, you have ${n} new ${n === 1 ? "message" : "messages"}`);
console.log(`sum: ${1 + 2}, float: ${0.5 + 0.25}, arr: ${[1, 2]}`);
console.log(`obj: ${{ a: 1 }}`);
console.log(`bool ${true} null ${null}`);
console.log(`multi
line`);
console.log(`escaped \${x} and \`tick\``);
const nested = `outer ${`inner ${name}`}`;
console.log(nested);
