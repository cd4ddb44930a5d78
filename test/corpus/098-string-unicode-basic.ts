const s = "héllo wörld";
console.log(s.length, s.toUpperCase(), s.indexOf("w"));
console.log(s.slice(1, 4), s.split(" "));
console.log(s.charCodeAt(1), s.at(-4));
console.log([...s].length);
console.log(JSON.stringify(s));
