const nums = [10, 9, 1, 100, 25, -3];
console.log([...nums].sort((a, b) => a - b));
console.log([...nums].sort((a, b) => b - a));
const people = [
  { name: "Cid", age: 30 },
  { name: "Ann", age: 25 },
  { name: "Bob", age: 30 },
  { name: "Dee", age: 25 },
];
people.sort((a, b) => a.age - b.age);
console.log(people.map((p) => p.name).join(","));
people.sort((a, b) => (a.name < b.name ? 1 : -1));
console.log(people.map((p) => p.name).join(","));
console.log(["bb", "a", "ccc"].sort((a, b) => a.length - b.length));
