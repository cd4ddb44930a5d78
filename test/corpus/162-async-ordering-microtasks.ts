console.log("1 sync");
setTimeout(() => console.log("5 timeout"), 0);
Promise.resolve().then(() => console.log("3 microtask"));
(async () => {
  console.log("2 async body sync part");
  await null;
  console.log("4 after await");
})();
console.log("2b sync end");
