setTimeout(() => console.log("c 30ms"), 30);
setTimeout(() => console.log("a 0ms"), 0);
setTimeout(() => console.log("b 10ms"), 10);
setTimeout(() => console.log("a2 0ms"), 0);
setTimeout(() => {
  console.log("d 40ms");
  setTimeout(() => console.log("e nested"), 5);
}, 40);
console.log("sync first");
