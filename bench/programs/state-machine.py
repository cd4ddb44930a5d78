# Bench program: a small state machine - a watering controller driven by a stream of events.
EVENTS = ["tick", "dry", "tick", "wet", "tick", "error", "reset", "dry", "wet", "tick"]


def next_state(state, event):
    if state == "idle":
        return "measuring" if event == "tick" else "fault" if event == "error" else "idle"
    if state == "measuring":
        if event == "dry":
            return "watering"
        if event == "wet" or event == "tick":
            return "idle"
        return "fault" if event == "error" else "measuring"
    if state == "watering":
        if event == "wet":
            return "cooldown"
        return "fault" if event == "error" else "watering"
    if state == "cooldown":
        return "idle" if event == "tick" else "cooldown"
    return "idle" if event == "reset" else "fault"


visits = {"idle": 0, "measuring": 0, "watering": 0, "cooldown": 0, "fault": 0}
state = "idle"
seed = 3
transitions = 0
for i in range(60000):
    seed = (seed * 75 + 74) % 65537
    s = next_state(state, EVENTS[seed % len(EVENTS)])
    if s != state:
        transitions += 1
    state = s
    visits[state] += 1
print("transitions", transitions, "final", state, "idle", visits["idle"], "watering", visits["watering"], "fault", visits["fault"])
