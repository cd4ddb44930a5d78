function risky(): Promise<string> {
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      try {
        const data = JSON.parse("{oops") as string;
        resolve(data);
      } catch (e) {
        reject(e);
      }
    }, 2);
  });
}
risky()
  .then((v) => console.log("unexpected", v))
  .catch((e) => console.log("rejected with SyntaxError:", e instanceof SyntaxError));
