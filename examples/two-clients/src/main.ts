/**
 * Two MQTT clients on one board: a "sensor" publishes readings and a "watcher" subscribes to them.
 * The sensor sets a last will ("offline", retained, QoS 1) and then drops off the network without
 * saying goodbye (its socket just closes, as when power or WiFi goes); the broker notices and
 * publishes the will, and the watcher sees it.
 */
import { MQTTClient } from "umqttsimple";
import * as time from "time";
import config from "../config.json";

const base = "tsmp/two-clients";
const decoder = new TextDecoder();
let received = 0;
let dropped = false;
let willSeen = false;

function onMessage(topic: bytes, msg: bytes): void {
  const text = decoder.decode(msg);
  if (text === "") return; // an empty retained message only clears the old status
  received += 1;
  console.log(`watcher got ${decoder.decode(topic)}: ${text}`);
  if (dropped && decoder.decode(topic) === `${base}/status` && text === "offline") willSeen = true;
}

function waitFor(done: () => boolean, ms: number): boolean {
  const started = time.ticks_ms();
  while (!done() && time.ticks_diff(time.ticks_ms(), started) < ms) {
    watcher.check_msg();
    time.sleep_ms(20);
  }
  return done();
}

const watcher = new MQTTClient("tsmp-watcher", config.mqtt.host, config.mqtt.port, null, null, 30);
watcher.set_callback(onMessage);
watcher.connect();
watcher.publish(`${base}/status`, "", true, 1); // clear an old retained status
watcher.subscribe(`${base}/#`, 1);

const sensor = new MQTTClient("tsmp-sensor", config.mqtt.host, config.mqtt.port, null, null, 5);
sensor.set_last_will(`${base}/status`, "offline", true, 1);
sensor.connect();
sensor.publish(`${base}/status`, "online", true, 1);
for (let i = 1; i <= 3; i++) {
  sensor.publish(`${base}/moisture`, JSON.stringify({ reading: i, moisture: 40 + i }), false, 1);
}
waitFor(() => received >= 4, 15000);

console.log("sensor drops off the network (no DISCONNECT)");
dropped = true;
if (sensor.sock !== undefined) sensor.sock.close();

if (waitFor(() => willSeen, 15000)) console.log("last will received: the sensor is offline");
else throw new Error("no last will within 15 s: is the broker reachable and does it support last wills?");
watcher.publish(`${base}/status`, "", true, 1);
watcher.disconnect();
