// Regular expressions on non-ASCII text, character classes and the i / s flags, matched exactly as in Node.
const t = "Grüße, café — naïve\u00a0test\nline2";
console.log(t.match(/\w+/g));
console.log(t.match(/[^ ,\n\u00a0]+/g), "a b\tc".match(/[^ \t\n\r]+/g));
console.log(t.split(/\s/));
console.log(t.replace(/\W+/g, "_"));
console.log(t.match(/./g)?.length, t.match(/./gs)?.length, /a.b/.test("a\nb"), /a.b/s.test("a\nb"), /a.b/.test("a\u2028b"));
console.log(t.search(/é/), t.search(/[à-ÿ]/), t.match(/[\u00e0-\u00ff]+/g));
console.log("ÀÉÎõü".match(/[^A-Z]/g), "x\u00a0y\u3000z\ufeffw".split(/\s/));
console.log("HeLLo".match(/l+/i), /^[a-f0-9]+$/i.test("DeadBeef"), /^[^a-z]+$/i.test("123-_"), /[^x]/i.test("X"));
console.log("Straße".replace(/s/gi, "5"), /é/.test("É"), "MiXeD".replace(/[a-z]/gi, (c) => c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()));
console.log(/\x41\u0042\t/.test("AB\t"), /[\x30-\x39]{3}/.exec("ab1234")?.[0], /\cJ/.test("\n"), /[\b]/.test("\b"));
console.log("a\u0000b".split(/\0/), "tab\\path".replace(/\\/g, "/"), "a+b*c".split(/[+*]/), "[x]".replace(/[[\]]/g, "|"));
console.log("99 bottles".replace(/\d+/, "$$&"), "€5 or £6".match(/[€£]\d/g), "∑x=1".replace(/∑/, "sum "));
console.log("abcabc".match(/(?:abc){2}/)?.[0], "aaaa".match(/a{1,3}/)?.[0], "aaaa".match(/a{1,3}?/)?.[0], "ab".match(/a{0}b/)?.[0]);
console.log("x".match(/x?y?/), "ño".match(/^.o$/)?.[0], "日本語テキスト".match(/[\u3040-\u30ff]+/)?.[0], "日本".replace(/./g, "$&,"));
const spaced = "a\u00a0b\u2003c\u3000d\ufeffe\u2028f g";
console.log(spaced.match(/\S+/g), spaced.split(/\s/).length, spaced.replace(/\s+/g, "_"), spaced.match(/[^\s,]+/g)?.join(""));
console.log("x\u00a0=\u20091".match(/(\S+)\s*=\s*(\S+)/), "é\u2028ü".match(/.+/g), "\u00a0".search(/\S/), "ab\u00a0".search(/\s/));
