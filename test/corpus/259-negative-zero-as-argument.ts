const s = "line\nbreak";
console.log(JSON.stringify(s.slice(2, -0)), JSON.stringify(s.slice(-0)), JSON.stringify(s.substring(-0, 4)));
console.log([1, 2, 3].slice(-0), [1, 2, 3].slice(1, -0), [1, 2, 3].indexOf(2, -0), s.charAt(-0), s.at(-0));
console.log("abc".padStart(-0), "ab".repeat(-0), (5).toFixed(-0), [1, 2, 3].at(-0));
