const a = [1, 2, 3];
console.log(a[3], a[-1], a[10]);
console.log(a[3] === undefined, typeof a[5]);
const v = a[7] ?? "default";
console.log(v);
const empty: string[] = [];
console.log(empty[0], empty.length);
const last = a[a.length - 1];
console.log(last);
