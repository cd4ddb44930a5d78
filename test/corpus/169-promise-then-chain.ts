Promise.resolve(1)
  .then((v) => v + 1)
  .then((v) => {
    console.log("value", v);
    return v * 10;
  })
  .then((v) => {
    throw new Error("at " + v);
  })
  .catch((e: Error) => {
    console.log("caught", e.message);
    return "recovered";
  })
  .finally(() => console.log("finally"))
  .then((v) => console.log("end", v));
console.log("sync");
