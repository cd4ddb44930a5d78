const samples = ["a/b/c", "/leading", "trailing/", "//", "", "no-sep"];
for (const s of samples) {
  const parts = s.split("/");
  console.log(JSON.stringify(s), parts.length, JSON.stringify(parts), parts.join("/") === s);
}
