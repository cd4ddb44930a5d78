// Bench program: a small state machine — a watering controller driven by a stream of events.
type State = "idle" | "measuring" | "watering" | "cooldown" | "fault";
type Event = "tick" | "dry" | "wet" | "error" | "reset";
const events: Event[] = ["tick", "dry", "tick", "wet", "tick", "error", "reset", "dry", "wet", "tick"];
function next(state: State, event: Event): State {
  switch (state) {
    case "idle":
      return event === "tick" ? "measuring" : event === "error" ? "fault" : "idle";
    case "measuring":
      if (event === "dry") return "watering";
      if (event === "wet" || event === "tick") return "idle";
      return event === "error" ? "fault" : "measuring";
    case "watering":
      if (event === "wet") return "cooldown";
      return event === "error" ? "fault" : "watering";
    case "cooldown":
      return event === "tick" ? "idle" : "cooldown";
    case "fault":
      return event === "reset" ? "idle" : "fault";
  }
}
const visits: Record<string, number> = { idle: 0, measuring: 0, watering: 0, cooldown: 0, fault: 0 };
let state: State = "idle";
let seed = 3;
let transitions = 0;
for (let i = 0; i < 60000; i++) {
  seed = (seed * 75 + 74) % 65537;
  const s = next(state, events[seed % events.length]!);
  if (s !== state) transitions++;
  state = s;
  visits[state] = visits[state]! + 1;
}
console.log("transitions", transitions, "final", state, "idle", visits["idle"], "watering", visits["watering"], "fault", visits["fault"]);
