console.log(new Map([["a", 1], ["b", 2]]));
console.log(new Set([1, "two", 3]));
console.log(new Map());
console.log(new Set());
console.log(new Map<string, number[]>([["k", [1, 2]]]));
