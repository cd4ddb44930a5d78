// Regular expressions see strings as UTF-16 units, like JavaScript without the u flag.
const text = "a😀b😀😀c";
console.log(text.split(/😀/), text.replace(/😀/g, "*"), text.search(/b/), text.match(/b.*c/)?.[0].length);
console.log("😀".match(/./)?.[0].charCodeAt(0), "x😀".replace(/./g, "-").length, /^.{3}$/.test("a😀"), /^(?:😀)+$/.test("😀😀"));
const m = /(\w)((?:😀)+)?/.exec("z😀😀!");
console.log(m?.index, m?.[1], m?.[2]?.length, "é😀".replace(/é/, "e"), "τ😀".toUpperCase());
