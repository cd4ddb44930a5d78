/** MicroPython's `network` module on an ESP32: WiFi station and access point. */
declare module "network" {
  export const STA_IF: number;
  export const AP_IF: number;
  export const STAT_IDLE: number;
  export const STAT_CONNECTING: number;
  export const STAT_WRONG_PASSWORD: number;
  export const STAT_NO_AP_FOUND: number;
  export const STAT_CONNECT_FAIL: number;
  export const STAT_GOT_IP: number;
  export const AUTH_OPEN: number;
  export const AUTH_WPA_PSK: number;
  export const AUTH_WPA2_PSK: number;
  export const AUTH_WPA_WPA2_PSK: number;

  export class WLAN {
    constructor(interfaceId: number);
    /** Activates (true) or deactivates (false) the interface; without argument, whether it is active. */
    active(): boolean;
    active(on: boolean): void;
    connect(ssid: string, password?: string): void;
    disconnect(): void;
    isconnected(): boolean;
    /** One of the STAT_* constants. */
    status(): number;
    status(param: string): number;
    /** [ip, subnet, gateway, dns] */
    ifconfig(): [string, string, string, string];
    ifconfig(config: [string, string, string, string]): void;
    /** Scan results: [ssid, bssid, channel, RSSI, security, hidden] per network. */
    scan(): Array<[Uint8Array, Uint8Array, number, number, number, number]>;
    config(param: string): string | number;
    config(options: { essid?: string; password?: string; channel?: number; hostname?: string; txpower?: number; authmode?: number }): void;
  }

  export function hostname(): string;
  export function hostname(name: string): void;
}
