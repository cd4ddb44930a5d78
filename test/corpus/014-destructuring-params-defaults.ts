interface Opts {
  retries?: number;
  name?: string;
}
function run({ retries = 3, name = "job" }: Opts = {}): string {
  return name + " x" + retries;
}
console.log(run());
console.log(run({}));
console.log(run({ retries: 0 }));
console.log(run({ name: "sync", retries: 5 }));
const swap = ([a, b]: [number, number]): [number, number] => [b, a];
console.log(swap([1, 2]));
