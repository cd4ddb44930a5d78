type Msg = { kind: "temp"; c: number } | { kind: "text"; body: string } | { kind: "ping" };
function handle(m: Msg): string {
  switch (m.kind) {
    case "temp":
      return "temp " + m.c.toFixed(1);
    case "text":
      return "text(" + m.body.length + ")";
    case "ping":
      return "pong";
  }
}
const msgs: Msg[] = [{ kind: "temp", c: 21.456 }, { kind: "text", body: "hello" }, { kind: "ping" }];
console.log(msgs.map(handle));
function len(x: string | string[] | null): number {
  if (x === null) return -1;
  if (typeof x === "string") return x.length;
  return x.length * 100;
}
console.log(len("abc"), len(["a", "b"]), len(null));
