/**
 * Light status over MQTT (the Eduponics "basic MQTT client", done right). Every second it publishes
 * the living-room light's status to `<client-id>/home/living_room/light`, subscribes to the same
 * topic and prints what it receives. Any error (no WiFi, broker down, connection cut) is logged and
 * retried with a growing pause, never a crash loop.
 */
import { MQTTClient } from "umqttsimple";
import { unique_id } from "machine";
import { hexlify } from "ubinascii";
import * as time from "time";
import config from "../config.json";

const clientId = new TextDecoder().decode(hexlify(unique_id()));
const topic = `${clientId}/home/living_room/light`;

function onMessage(fromTopic: Uint8Array, message: Uint8Array): void {
  const decoder = new TextDecoder();
  console.log(`received ${decoder.decode(message)} on ${decoder.decode(fromTopic)}`);
}

function connect(): MQTTClient {
  const client = new MQTTClient(clientId, config.mqtt.host, config.mqtt.port, config.mqtt.user, config.mqtt.password, 30);
  client.set_callback(onMessage);
  client.connect();
  client.subscribe(topic);
  console.log(`MQTT: connected to ${config.mqtt.host}:${config.mqtt.port}, publishing to ${topic}`);
  return client;
}

let lightOn = false;
let count = 0;
let retryMs = 1000;
while (true) {
  try {
    const client = connect();
    retryMs = 1000;
    try {
      while (true) {
        lightOn = !lightOn;
        count += 1;
        client.publish(topic, JSON.stringify({ light: lightOn ? "on" : "off", count: count }));
        client.check_msg();
        time.sleep(1);
      }
    } finally {
      client.close();
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.log(`MQTT: ${reason}; retrying in ${retryMs / 1000} s`);
    time.sleep_ms(retryMs);
    retryMs = Math.min(retryMs * 2, 30000);
  }
}
