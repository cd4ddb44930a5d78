const people = [
  { name: "Ann", age: 31 },
  { name: "Bob", age: 17 },
  { name: "Cid", age: 45 },
];
console.log(people.find((p) => p.age > 40));
console.log(people.find((p) => p.age > 100));
console.log(people.findIndex((p) => p.name === "Bob"), people.findIndex((p) => p.name === "Zed"));
console.log(people.filter((p) => p.age > 18).length, people.map((p) => p.age).lastIndexOf(17));
console.log(people.some((p) => p.age < 18), people.every((p) => p.age < 50));
console.log([].some(() => true), [].every(() => false));
