function attempt(label: string, fn: () => void): void {
  try {
    fn();
    console.log(label, "ok");
  } catch (e) {
    console.log(label, typeof e, e instanceof Error, e === null, e === undefined, e instanceof Error ? String(e) : e);
  }
}
attempt("string", () => {
  throw "text";
});
attempt("empty", () => {
  throw "";
});
attempt("number", () => {
  throw -0;
});
attempt("nan", () => {
  throw NaN;
});
attempt("null", () => {
  throw null;
});
attempt("undefined", () => {
  throw undefined;
});
attempt("object", () => {
  throw { code: 7, why: ["a", "b"] };
});
attempt("array", () => {
  throw [1, "two"];
});
attempt("error", () => {
  throw new RangeError("too far");
});
function rethrow(): void {
  try {
    throw 5;
  } catch (e) {
    if (typeof e === "number") throw e * 2;
  } finally {
    console.log("finally runs");
  }
}
attempt("rethrow", rethrow);
attempt("in map", () => {
  [1, 2, 3].map((x) => {
    if (x === 2) throw `bad ${x}`;
    return x;
  });
});
try {
  try {
    throw { depth: 1 };
  } finally {
    console.log("inner finally");
  }
} catch (e) {
  console.log("outer got", JSON.stringify(e));
}
async function failing(): Promise<number> {
  throw "async text";
}
failing().catch((e: unknown) => console.log("rejected with", typeof e, e));
Promise.reject(42).catch((e: unknown) => console.log("reject", e));
