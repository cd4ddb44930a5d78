const results: string[] = [];
const tasks = [3, 1, 2].map(async (n, i) => {
  await new Promise((r) => setTimeout(r, n * 40));
  results.push("task" + i);
  return n * 2;
});
Promise.all(tasks).then((vals) => {
  console.log(results.join(" "));
  console.log(vals);
});
