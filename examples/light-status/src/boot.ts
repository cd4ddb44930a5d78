/**
 * Runs first at every power-on or reset: joins the WiFi named in config.json, waiting at most
 * 15 seconds, and says clearly what went wrong instead of looping forever.
 */
import * as network from "network";
import * as time from "time";
import config from "../config.json";

const WIFI_TIMEOUT_MS = 15000;

function joinWifi(ssid: string, password: string): boolean {
  const wlan = new network.WLAN(network.STA_IF);
  wlan.active(true);
  if (wlan.isconnected()) {
    console.log(`WiFi: already connected, address ${wlan.ifconfig()[0]}`);
    return true;
  }
  console.log(`WiFi: joining "${ssid}" ...`);
  wlan.connect(ssid, password);
  const started = time.ticks_ms();
  while (!wlan.isconnected()) {
    if (time.ticks_diff(time.ticks_ms(), started) > WIFI_TIMEOUT_MS) {
      console.log(`WiFi: could not join "${ssid}" within ${WIFI_TIMEOUT_MS / 1000} s.`);
      console.log("WiFi: check wifi.ssid and wifi.password in config.json, then flash again.");
      wlan.active(false);
      return false;
    }
    time.sleep_ms(250);
  }
  console.log(`WiFi: connected, address ${wlan.ifconfig()[0]}`);
  return true;
}

joinWifi(config.wifi.ssid, config.wifi.password);
