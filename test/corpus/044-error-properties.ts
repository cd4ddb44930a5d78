const e1 = new Error("plain");
console.log(e1.name, e1.message);
const e2 = new TypeError("typed");
console.log(e2.name, e2.message);
console.log(String(e1));
console.log(String(e2));
console.log("" + new RangeError("r"));
const e3 = new Error();
console.log(JSON.stringify(e3.message), e3.name);
class MyErr extends Error {
  override name = "MyErr";
}
const e4 = new MyErr("mine");
console.log(e4.name, e4.message, String(e4));
