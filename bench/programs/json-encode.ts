// Bench program: JSON encode — build telemetry records and serialise them, as an MQTT publisher would.
interface Telemetry {
  id: number;
  bed: string;
  moisture: number;
  ok: boolean;
  tags: string[];
}
const beds = ["north", "south", "east"];
let bytes = 0;
let lastPayload = "";
for (let i = 0; i < 6000; i++) {
  const record: Telemetry = {
    id: i,
    bed: beds[i % beds.length]!,
    moisture: (i * 13) % 100,
    ok: i % 4 !== 0,
    tags: i % 2 === 0 ? ["even", "soil"] : ["odd"],
  };
  lastPayload = JSON.stringify(record);
  bytes += lastPayload.length;
}
const back = JSON.parse(lastPayload) as Telemetry;
console.log("bytes", bytes, "last id", back.id, "moisture", back.moisture, "ok", back.ok, "tags", back.tags.join("+"));
