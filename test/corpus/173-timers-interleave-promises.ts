setTimeout(() => {
  console.log("timeout 1");
  Promise.resolve().then(() => console.log("micro inside timeout 1"));
}, 0);
setTimeout(() => console.log("timeout 2"), 0);
Promise.resolve()
  .then(() => console.log("micro 1"))
  .then(() => console.log("micro 2"));
queueMicrotask(() => console.log("queued microtask"));
console.log("sync");
