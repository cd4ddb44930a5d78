/**
 * `umqttsimple`: tsmp's MQTT client on the board (runtime-py/umqttsimple.py, MQTT 3.1.1 or 3.1).
 * The Eduponics tutorial's MQTTClient API, plus QuecPython-style extras (reconn, version,
 * get_mqttsta, loop_forever, close) and a non-blocking path for asyncio. Arguments are
 * positional, in the Python order; topics and messages may be strings or bytes, and the callback
 * gets both as bytes. Every connection or protocol failure raises MQTTException. See docs/mqtt.md.
 */
declare module "umqttsimple" {
  /** Raised for every connection or protocol failure, with a message that says what happened (an OSError on the board). */
  export class MQTTException extends Error {}

  /** Called for each message received: topic and payload as bytes. */
  export type MessageCallback = (topic: bytes, msg: bytes) => void;

  /** TLS settings passed to MicroPython's `ssl.wrap_socket` (server_hostname defaults to the server). */
  export interface SslParams {
    server_hostname?: string;
    cert_reqs?: number;
    cadata?: bytes;
    cert?: bytes;
    key?: bytes;
  }

  /** 0 connecting, 1 connected, 2 disconnected (by the broker or disconnect()), -1 connection error. */
  export type MqttStatus = -1 | 0 | 1 | 2;

  export type QoS = 0 | 1 | 2;

  /** The client's socket (MicroPython's socket, or its TLS wrapper). */
  export class MQTTSocket {
    private constructor();
    close(): void;
  }

  export class MQTTClient {
    /**
     * @param client_id unique per broker (MQTT 3.1 allows at most 23 characters)
     * @param server broker host name or IP address
     * @param port 0 means 1883, or 8883 with ssl
     * @param user user name; null or "" for none
     * @param password password; null or "" for none
     * @param keepalive seconds; 0 turns it off. With keepalive, wait_msg/check_msg send PINGREQ by
     *   themselves and raise MQTTException when the broker stays silent for 1.25 x keepalive
     * @param ssl TLS through MicroPython's ssl module
     * @param ssl_params TLS settings; null or {} for none
     * @param reconn true: every method reconnects (with backoff) when the connection is lost,
     *   re-sends unacknowledged messages and restores subscriptions
     * @param version 4 = MQTT 3.1.1 (default), 3 = MQTT 3.1
     * @param pingmaxnum accepted for QuecPython compatibility (unused)
     * @param max_packet largest packet accepted from the broker, in bytes (default 4096); also the receive buffer size
     * @param timeout seconds to wait for an acknowledgement, a CONNACK or the rest of a packet (default 10)
     * @param backoff_ms first pause before a reconnect attempt (default 250)
     * @param backoff_max_ms longest pause between reconnect attempts (default 8000)
     */
    constructor(
      client_id: string | bytes,
      server: string,
      port?: number,
      user?: string | null,
      password?: string | bytes | null,
      keepalive?: number,
      ssl?: boolean,
      ssl_params?: SslParams | null,
      reconn?: boolean,
      version?: 3 | 4,
      pingmaxnum?: number,
      max_packet?: number,
      timeout?: number,
      backoff_ms?: number,
      backoff_max_ms?: number,
    );
    readonly client_id: bytes;
    readonly server: string;
    readonly port: number;
    keepalive: number;
    reconn: boolean;
    timeout: number;
    /** The socket while connected (undefined otherwise); closing it drops the line without DISCONNECT. */
    readonly sock: MQTTSocket | undefined;

    set_callback(f: MessageCallback): void;
    /** The message the broker publishes for this client if it drops without DISCONNECT. */
    set_last_will(topic: string | bytes, msg: string | bytes, retain?: boolean, qos?: QoS): void;
    /** Connects; returns 1 when the broker kept a session (clean_session false), else 0. */
    connect(clean_session?: boolean, timeout?: number): number;
    /** Sends DISCONNECT (the last will is not published) and closes the connection. */
    disconnect(): void;
    /** disconnect() and turn reconn off. */
    close(): void;
    /** Sends PINGREQ (keepalive does this by itself). */
    ping(): void;
    /**
     * Publishes; with QoS 1/2 it waits for the acknowledgement (unless wait is false, then check_msg
     * takes it in). Returns the packet id (0 for QoS 0). Unacknowledged messages are re-sent with
     * DUP after a reconnect with clean_session false.
     */
    publish(topic: string | bytes, msg: string | bytes, retain?: boolean, qos?: QoS, wait?: boolean): number;
    /** Subscribes to a topic filter (`+` one level, `#` the rest) and waits for SUBACK. */
    subscribe(topic: string | bytes, qos?: QoS): void;
    unsubscribe(topic: string | bytes): void;
    /** Blocks until a message arrives and went to the callback (keepalive pings meanwhile). */
    wait_msg(): number | undefined;
    /** Handles what has arrived without blocking (messages go to the callback); keepalive pings too. */
    check_msg(): number | undefined;
    /** wait_msg in a loop until disconnect() or close() (call them from the callback to stop). */
    loop_forever(): void;
    /** An asyncio task: check_msg every period_ms (default 20) until disconnect() or close(). */
    run(period_ms?: number): Promise<void>;
    get_mqttsta(): MqttStatus;
    /** QoS 1/2 messages sent and not yet fully acknowledged. */
    pending(): number;
  }
}
