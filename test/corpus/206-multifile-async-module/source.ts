export const ready = true;
export function fetchReading(name: string, ms: number): Promise<string> {
  return new Promise((resolve) =>
    setTimeout(() => {
      console.log("resolved", name);
      resolve(name + "=" + ms * 2);
    }, ms),
  );
}
