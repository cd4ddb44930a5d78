const t = setTimeout(() => console.log("never"), 20);
clearTimeout(t);
const kept = setTimeout(() => console.log("kept fires"), 30);
console.log(typeof kept === "undefined" ? "no handle" : "has handle");
setTimeout(() => console.log("first"), 5);
