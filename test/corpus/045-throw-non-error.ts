function risky(kind: number): void {
  if (kind === 0) throw "a string";
  if (kind === 1) throw 42;
  if (kind === 2) throw { code: 7 };
}
for (let k = 0; k < 4; k++) {
  try {
    risky(k);
    console.log(k, "no throw");
  } catch (e) {
    console.log(k, typeof e, typeof e === "object" ? JSON.stringify(e) : e);
  }
}
