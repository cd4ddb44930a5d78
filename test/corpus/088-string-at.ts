const s = "sensor";
console.log(s.at(0), s.at(-1), s.at(-6), s.at(6), s.at(-7));
const arr = [10, 20, 30];
console.log(arr.at(0), arr.at(-1), arr.at(3), arr.at(-4));
console.log(s.at(2)?.toUpperCase());
