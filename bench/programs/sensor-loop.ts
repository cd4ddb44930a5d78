// Bench program: sensor-reading style loop — noisy readings, moving average, thresholds and alarms.
class MovingAverage {
  private window: number[] = [];
  private sum = 0;
  constructor(private size: number) {}
  push(v: number): number {
    this.window.push(v);
    this.sum += v;
    if (this.window.length > this.size) this.sum -= this.window.shift()!;
    return Math.floor(this.sum / this.window.length);
  }
}
let seed = 1;
function readMoisture(t: number): number {
  seed = (seed * 75 + 74) % 65537;
  const drift = Math.floor(t / 50) % 40;
  return 1800 + drift * 20 + (seed % 200) - 100;
}
const avg = new MovingAverage(16);
let dryAlarms = 0;
let wetAlarms = 0;
let pumpOn = false;
let pumpTicks = 0;
let lastAverage = 0;
for (let t = 0; t < 20000; t++) {
  const raw = readMoisture(t);
  const a = avg.push(raw);
  const percent = Math.max(0, Math.min(100, Math.floor(((2600 - a) * 100) / 1200)));
  if (percent < 30 && !pumpOn) {
    pumpOn = true;
    dryAlarms++;
  } else if (percent > 60 && pumpOn) {
    pumpOn = false;
    wetAlarms++;
  }
  if (pumpOn) pumpTicks++;
  lastAverage = a;
}
console.log("dry", dryAlarms, "wet", wetAlarms, "pump ticks", pumpTicks, "last", lastAverage);
