class SensorError extends Error {
  constructor(public code: number, message: string) {
    super(message);
    this.name = "SensorError";
  }
}
class TimeoutError extends SensorError {
  constructor() {
    super(408, "sensor timed out");
    this.name = "TimeoutError";
  }
}
function read(i: number): number {
  if (i === 1) throw new SensorError(500, "bad wiring");
  if (i === 2) throw new TimeoutError();
  return i * 10;
}
for (let i = 0; i < 3; i++) {
  try {
    console.log("value", read(i));
  } catch (e) {
    if (e instanceof TimeoutError) console.log("timeout", e.code, e.name, e.message);
    else if (e instanceof SensorError) console.log("sensor", e.code, e.name, e.message);
  }
}
console.log(new TimeoutError() instanceof Error);
