// toUpperCase / toLowerCase beyond Latin-1: mappings to several characters, the final sigma,
// dotted/dotless i, titlecase digraphs, Armenian, Cherokee, Deseret (astral), unchanged scripts.
const words = ["straße", "ΟΔΟΣ ΣΑ Σ", "ΣΑΣ.", "ıſŉ", "İstanbul", "ǅungla ǆ ǈ", "Երևան", "ᏣᎳᎩ", "ﬀﬁ ﬆ", "ǰ ΐ ᾳ", "日本語", "ÀÉÎÕÜ àéîõü ÿ", "Ω ω µ"];
for (const w of words) {
  const up = w.toUpperCase();
  const low = w.toLowerCase();
  console.log(up, low, up.length, low.length, up.toLowerCase() === low);
}
console.log("ΌΣΟΣ".toLowerCase(), "Σ".toLowerCase(), "ΑΣ'Α".toLowerCase(), "aΣb".toLowerCase());
console.log("𐐀𐐨 😀".toUpperCase(), "𐐀𐐨 😀".toLowerCase());
