# Bench program: sensor-reading style loop - noisy readings, moving average, thresholds and alarms.
class MovingAverage:
    def __init__(self, size):
        self.size = size
        self.window = []
        self.sum = 0

    def push(self, v):
        self.window.append(v)
        self.sum += v
        if len(self.window) > self.size:
            self.sum -= self.window.pop(0)
        return self.sum // len(self.window)


seed = 1


def read_moisture(t):
    global seed
    seed = (seed * 75 + 74) % 65537
    drift = (t // 50) % 40
    return 1800 + drift * 20 + (seed % 200) - 100


avg = MovingAverage(16)
dry_alarms = 0
wet_alarms = 0
pump_on = False
pump_ticks = 0
last_average = 0
for t in range(20000):
    raw = read_moisture(t)
    a = avg.push(raw)
    percent = max(0, min(100, ((2600 - a) * 100) // 1200))
    if percent < 30 and not pump_on:
        pump_on = True
        dry_alarms += 1
    elif percent > 60 and pump_on:
        pump_on = False
        wet_alarms += 1
    if pump_on:
        pump_ticks += 1
    last_average = a
print("dry", dry_alarms, "wet", wet_alarms, "pump ticks", pump_ticks, "last", last_average)
