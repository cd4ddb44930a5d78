const bad = ["{", "[1,]", "{'a':1}", "undefined", "", "01", "{\"a\":}", "NaN", "[1 2]"];
for (const b of bad) {
  try {
    JSON.parse(b);
    console.log(JSON.stringify(b), "parsed?!");
  } catch (e) {
    console.log(JSON.stringify(b), "error", e instanceof SyntaxError, e instanceof Error);
  }
}
