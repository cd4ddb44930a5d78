const words = ["banana", "Apple", "cherry", "apple", "Banana", "10", "9", ""];
console.log([...words].sort());
console.log([...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
console.log(words.filter((w) => w.length > 0).map((w) => w.toLowerCase()).sort());
console.log(["b", "a", "C"].sort().join(""));
