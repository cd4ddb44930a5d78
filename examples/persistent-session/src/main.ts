/**
 * A persistent session: the "inbox" client connects with clean_session = false and subscribes
 * with QoS 1, then goes offline. Messages published meanwhile wait at the broker; when the inbox
 * comes back with the same client id and clean_session = false, the broker says the session is
 * still there and delivers them. (Messages the client itself sent with QoS 1/2 and that were not
 * acknowledged are re-sent the same way after such a reconnect.)
 */
import { MQTTClient } from "umqttsimple";
import * as time from "time";
import config from "../config.json";

const topic = "tsmp/persistent-session/inbox";
const decoder = new TextDecoder();
const got: string[] = [];

function onMessage(fromTopic: bytes, msg: bytes): void {
  got.push(decoder.decode(msg));
  console.log(`inbox got ${decoder.decode(msg)} on ${decoder.decode(fromTopic)}`);
}

const inbox = new MQTTClient("tsmp-inbox", config.mqtt.host, config.mqtt.port, null, null, 30);
inbox.set_callback(onMessage);
inbox.connect(false);
inbox.subscribe(topic, 1);
inbox.disconnect();
console.log("inbox is offline; its session (and subscription) stays at the broker");

const sender = new MQTTClient("tsmp-sender", config.mqtt.host, config.mqtt.port);
sender.connect();
for (let i = 1; i <= 3; i++) {
  sender.publish(topic, `message ${i}`, false, 1);
  console.log(`sent message ${i} while the inbox was offline`);
}
sender.disconnect();

const present = inbox.connect(false);
console.log(`inbox is back: session present = ${present}`);
const started = time.ticks_ms();
while (got.length < 3 && time.ticks_diff(time.ticks_ms(), started) < 15000) {
  inbox.check_msg();
  time.sleep_ms(20);
}
inbox.disconnect();
inbox.connect(true); // a clean session ends the stored one
inbox.disconnect();
if (got.length < 3) throw new Error(`only ${got.length} of 3 queued messages arrived`);
console.log("all 3 messages sent while offline were delivered");
