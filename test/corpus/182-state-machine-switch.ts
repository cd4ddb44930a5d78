type Ev = "press" | "hold" | "release" | "timeout";
type St = "off" | "on" | "dimming" | "locked";
function next(s: St, e: Ev): St {
  switch (s) {
    case "off":
      return e === "press" ? "on" : s;
    case "on":
      if (e === "hold") return "dimming";
      if (e === "press") return "off";
      return s;
    case "dimming":
      return e === "release" ? "on" : e === "timeout" ? "locked" : s;
    case "locked":
      return s;
  }
}
let s: St = "off";
const trace: string[] = [s];
for (const e of ["press", "hold", "release", "press", "press", "hold", "timeout", "press"] as Ev[]) {
  s = next(s, e);
  trace.push(s);
}
console.log(trace.join(" -> "));
