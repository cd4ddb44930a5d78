interface Person {
  name: string;
  age: number;
}
const people: Person[] = [{ name: "Ann", age: 3 }];
function nameOf(age: number): string {
  try {
    return people.find((p) => p.age === age)!.name.toUpperCase();
  } catch (e) {
    return "no one (" + (e instanceof TypeError) + ")";
  }
}
console.log(nameOf(3), nameOf(4));
const table: Record<string, number[]> = { a: [1, 2] };
try {
  console.log(table["a"]!.length, table["b"]!.length);
} catch (e) {
  console.log("missing key:", e instanceof TypeError, e instanceof Error);
}
let depth = 0;
try {
  const nested = JSON.parse('{"a": {"b": null}}') as { a: { b: { c: number } } };
  depth = 1;
  console.log(nested.a.b.c);
} catch (e) {
  console.log("null property at depth", depth, e instanceof TypeError);
}
