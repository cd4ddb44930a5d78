# Bench program: JSON encode - build telemetry records and serialise them, as an MQTT publisher would.
import json

beds = ["north", "south", "east"]
total = 0
last_payload = ""
for i in range(6000):
    record = {
        "id": i,
        "bed": beds[i % len(beds)],
        "moisture": (i * 13) % 100,
        "ok": i % 4 != 0,
        "tags": ["even", "soil"] if i % 2 == 0 else ["odd"],
    }
    last_payload = json.dumps(record, separators=(",", ":"))
    total += len(last_payload)
back = json.loads(last_payload)
print("bytes", total, "last id", back["id"], "moisture", back["moisture"], "ok", "true" if back["ok"] else "false", "tags", "+".join(back["tags"]))
