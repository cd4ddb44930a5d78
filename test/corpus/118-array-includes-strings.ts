const allowed = ["GET", "POST", "PUT"];
for (const m of ["GET", "get", "DELETE", "PUT"]) {
  console.log(m, allowed.includes(m), allowed.indexOf(m));
}
const unique = ["a", "b", "a", "c", "b"].filter((v, i, arr) => arr.indexOf(v) === i);
console.log(unique);
