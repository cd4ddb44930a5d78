/**
 * A small MQTT 3.1.1 packet codec for tests (written fresh from the OASIS spec): encodes packets a
 * broker sends, decodes the packets a client sends, so the hostile broker can script its answers
 * and tests can check the exact bytes the board puts on the wire.
 */

export const PacketType = {
  CONNECT: 1, CONNACK: 2, PUBLISH: 3, PUBACK: 4, PUBREC: 5, PUBREL: 6, PUBCOMP: 7,
  SUBSCRIBE: 8, SUBACK: 9, UNSUBSCRIBE: 10, UNSUBACK: 11, PINGREQ: 12, PINGRESP: 13, DISCONNECT: 14,
} as const;

export interface ConnectPacket {
  type: "connect";
  protocolName: string;
  protocolLevel: number;
  cleanSession: boolean;
  keepalive: number;
  clientId: string;
  will?: { topic: string; payload: Buffer; qos: number; retain: boolean };
  username?: string;
  password?: Buffer;
}
export interface PublishPacket { type: "publish"; topic: string; payload: Buffer; qos: number; retain: boolean; dup: boolean; packetId?: number }
export interface AckPacket { type: "puback" | "pubrec" | "pubrel" | "pubcomp" | "unsuback"; packetId: number }
export interface SubscribePacket { type: "subscribe"; packetId: number; subscriptions: Array<{ topic: string; qos: number }> }
export interface UnsubscribePacket { type: "unsubscribe"; packetId: number; topics: string[] }
export interface SimplePacket { type: "pingreq" | "pingresp" | "disconnect" }
export interface ConnackPacket { type: "connack"; sessionPresent: boolean; returnCode: number }
export interface SubackPacket { type: "suback"; packetId: number; granted: number[] }
export type Packet = ConnectPacket | PublishPacket | AckPacket | SubscribePacket | UnsubscribePacket | SimplePacket | ConnackPacket | SubackPacket;

export class MqttDecodeError extends Error {}

/** The remaining-length field (1..4 bytes, 7 bits each, least significant first). */
export function encodeLength(n: number): Buffer {
  if (n < 0 || n > 268_435_455) throw new RangeError(`remaining length ${n} out of range`);
  const out: number[] = [];
  do {
    let byte = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) byte |= 128;
    out.push(byte);
  } while (n > 0);
  return Buffer.from(out);
}

function str(s: string | Buffer): Buffer {
  const b = typeof s === "string" ? Buffer.from(s, "utf8") : s;
  const len = Buffer.alloc(2);
  len.writeUInt16BE(b.length);
  return Buffer.concat([len, b]);
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n);
  return b;
}

function frame(firstByte: number, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from([firstByte]), encodeLength(body.length), body]);
}

/** Encodes any packet (broker-side and client-side ones alike). */
export function encode(p: Packet): Buffer {
  switch (p.type) {
    case "connack": return frame(0x20, Buffer.from([p.sessionPresent ? 1 : 0, p.returnCode]));
    case "publish": {
      const first = 0x30 | (p.dup ? 8 : 0) | (p.qos << 1) | (p.retain ? 1 : 0);
      return frame(first, Buffer.concat([str(p.topic), p.qos ? u16(p.packetId ?? 1) : Buffer.alloc(0), p.payload]));
    }
    case "puback": return frame(0x40, u16(p.packetId));
    case "pubrec": return frame(0x50, u16(p.packetId));
    case "pubrel": return frame(0x62, u16(p.packetId));
    case "pubcomp": return frame(0x70, u16(p.packetId));
    case "suback": return frame(0x90, Buffer.concat([u16(p.packetId), Buffer.from(p.granted)]));
    case "unsuback": return frame(0xb0, u16(p.packetId));
    case "pingreq": return Buffer.from([0xc0, 0]);
    case "pingresp": return Buffer.from([0xd0, 0]);
    case "disconnect": return Buffer.from([0xe0, 0]);
    case "subscribe":
      return frame(0x82, Buffer.concat([u16(p.packetId), ...p.subscriptions.map((s) => Buffer.concat([str(s.topic), Buffer.from([s.qos])]))]));
    case "unsubscribe": return frame(0xa2, Buffer.concat([u16(p.packetId), ...p.topics.map((t) => str(t))]));
    case "connect": {
      let flags = p.cleanSession ? 2 : 0;
      const parts = [str(p.protocolName), Buffer.from([p.protocolLevel, 0]), u16(p.keepalive), str(p.clientId)];
      if (p.will) {
        flags |= 4 | (p.will.qos << 3) | (p.will.retain ? 32 : 0);
        parts.push(str(p.will.topic), str(p.will.payload));
      }
      if (p.username !== undefined) { flags |= 128; parts.push(str(p.username)); }
      if (p.password !== undefined) { flags |= 64; parts.push(str(p.password)); }
      parts[1]![1] = flags;
      return frame(0x10, Buffer.concat(parts));
    }
  }
}

class Cursor {
  constructor(private readonly b: Buffer, public pos = 0) {}
  u8(): number { this.need(1); return this.b[this.pos++]!; }
  u16(): number { this.need(2); const v = this.b.readUInt16BE(this.pos); this.pos += 2; return v; }
  bytes(): Buffer { const n = this.u16(); this.need(n); const v = this.b.subarray(this.pos, this.pos + n); this.pos += n; return Buffer.from(v); }
  str(): string { return this.bytes().toString("utf8"); }
  rest(): Buffer { const v = Buffer.from(this.b.subarray(this.pos)); this.pos = this.b.length; return v; }
  get left(): number { return this.b.length - this.pos; }
  private need(n: number) { if (this.pos + n > this.b.length) throw new MqttDecodeError("packet ends early"); }
}

/** Decodes one packet body given its first byte. */
export function decodeBody(first: number, body: Buffer): Packet {
  const c = new Cursor(body);
  const type = first >> 4;
  switch (type) {
    case PacketType.CONNECT: {
      const protocolName = c.str();
      const protocolLevel = c.u8();
      const flags = c.u8();
      const keepalive = c.u16();
      const clientId = c.str();
      const p: ConnectPacket = { type: "connect", protocolName, protocolLevel, cleanSession: !!(flags & 2), keepalive, clientId };
      if (flags & 4) p.will = { topic: c.str(), payload: c.bytes(), qos: (flags >> 3) & 3, retain: !!(flags & 32) };
      if (flags & 128) p.username = c.str();
      if (flags & 64) p.password = c.bytes();
      return p;
    }
    case PacketType.CONNACK: return { type: "connack", sessionPresent: !!(c.u8() & 1), returnCode: c.u8() };
    case PacketType.PUBLISH: {
      const qos = (first >> 1) & 3;
      const topic = c.str();
      const packetId = qos ? c.u16() : undefined;
      return { type: "publish", topic, payload: c.rest(), qos, retain: !!(first & 1), dup: !!(first & 8), packetId };
    }
    case PacketType.PUBACK: return { type: "puback", packetId: c.u16() };
    case PacketType.PUBREC: return { type: "pubrec", packetId: c.u16() };
    case PacketType.PUBREL: return { type: "pubrel", packetId: c.u16() };
    case PacketType.PUBCOMP: return { type: "pubcomp", packetId: c.u16() };
    case PacketType.SUBSCRIBE: {
      const packetId = c.u16();
      const subscriptions: Array<{ topic: string; qos: number }> = [];
      while (c.left > 0) subscriptions.push({ topic: c.str(), qos: c.u8() });
      return { type: "subscribe", packetId, subscriptions };
    }
    case PacketType.SUBACK: { const packetId = c.u16(); return { type: "suback", packetId, granted: [...c.rest()] }; }
    case PacketType.UNSUBSCRIBE: {
      const packetId = c.u16();
      const topics: string[] = [];
      while (c.left > 0) topics.push(c.str());
      return { type: "unsubscribe", packetId, topics };
    }
    case PacketType.UNSUBACK: return { type: "unsuback", packetId: c.u16() };
    case PacketType.PINGREQ: return { type: "pingreq" };
    case PacketType.PINGRESP: return { type: "pingresp" };
    case PacketType.DISCONNECT: return { type: "disconnect" };
    default: throw new MqttDecodeError(`unknown packet type ${type}`);
  }
}

/** Accumulates a byte stream and yields whole packets (with their raw bytes). */
export class PacketReader {
  private buf: Buffer = Buffer.alloc(0);

  push(chunk: Buffer): Array<{ packet: Packet; raw: Buffer }> {
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
    const out: Array<{ packet: Packet; raw: Buffer }> = [];
    for (;;) {
      if (this.buf.length < 2) return out;
      let len = 0;
      let mul = 1;
      let i = 1;
      for (;;) {
        if (i >= this.buf.length) return out;
        const b = this.buf[i++]!;
        len += (b & 127) * mul;
        if (!(b & 128)) break;
        mul *= 128;
        if (i > 4) throw new MqttDecodeError("remaining length longer than 4 bytes");
      }
      if (this.buf.length < i + len) return out;
      const raw = Buffer.from(this.buf.subarray(0, i + len));
      this.buf = this.buf.subarray(i + len);
      out.push({ packet: decodeBody(raw[0]!, raw.subarray(i)), raw });
    }
  }
}
