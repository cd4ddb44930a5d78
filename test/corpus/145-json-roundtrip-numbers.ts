const nums = [0, -0, 1, -1, 0.5, 1e-7, 123456789, 2 ** 53, 3.14159, 1e21, 100];
const text = JSON.stringify(nums);
console.log(text);
const back = JSON.parse(text) as number[];
console.log(back);
console.log(back.every((n, i) => n === nums[i]));
console.log(JSON.stringify({ int: 5, float: 5.0, half: 2.5 }));
