// An empty search string inserts between UTF-16 code units (and at both ends) for replaceAll, at the
// start for replace; a pattern only known at run time behaves the same.
const words = ["é☃", "ab", ""];
for (const w of words) {
  let empty = "";
  if (w.length > 5) empty = "x";
  console.log(w.replaceAll("", "-"), w.replace("", "-"), w.replaceAll(empty, "+"), w.replace(empty, "+"), w.replaceAll("b", "$&$&"));
}
