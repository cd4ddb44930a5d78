// String.split with a regular expression: captures are included, limits, empty matches, edge cases.
console.log("a, b;c  d".split(/[,; ]+/));
console.log("a1b22c".split(/(\d+)/), "a1b22c".split(/\d/));
console.log("2024-03-09T10:20".split(/[-T:]/));
console.log("abc".split(/(?:)/), "abc".split(/x*/), "".split(/x/), "".split(/x*/));
console.log("a,b,c,d".split(/,/, 2), "a,b,c".split(/(,)/, 2), "a,b".split(/,/, 0));
console.log(",a,,b,".split(/,/), "  lead trail  ".split(/\s+/));
console.log("one1two2three".split(/(\d)(x)?/));
console.log("k=v&x=y".split(/[=&]/), "line1\nline2\r\nline3".split(/\r?\n/));
console.log("AbCdE".split(/[a-z]/), "tab\tsep\tvalues".split(/\t/));
console.log("é-ü-ö".split(/-/), "x😀y😀z".split(/😀/), "aXbxC".split(/x/i));
const csv = "name; age ;city";
console.log(csv.split(/\s*;\s*/).map((f) => f.toUpperCase()));
