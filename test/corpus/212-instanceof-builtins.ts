const values: unknown[] = [[], new Map(), new Set(), new Error("e"), new TypeError("t"), {}, "s", new Uint8Array(1)];
console.log(values.map((v) => v instanceof Array));
console.log(values.map((v) => v instanceof Map));
console.log(values.map((v) => v instanceof Error));
console.log(values.map((v) => v instanceof Object));
console.log(values.map((v) => v instanceof Uint8Array));
