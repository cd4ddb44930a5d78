/**
 * SLIP framing as the ESP32 serial bootloader uses it: every packet starts and ends with 0xC0;
 * inside, 0xC0 is sent as 0xDB 0xDC and 0xDB as 0xDB 0xDD. Bytes between packets are ignored
 * (the ROM does the same with line noise).
 */
const END = 0xc0;
const ESC = 0xdb;
const ESC_END = 0xdc;
const ESC_ESC = 0xdd;

export function slipEncode(packet: Uint8Array): Uint8Array {
  const out: number[] = [END];
  for (const byte of packet) {
    if (byte === END) out.push(ESC, ESC_END);
    else if (byte === ESC) out.push(ESC, ESC_ESC);
    else out.push(byte);
  }
  out.push(END);
  return Uint8Array.from(out);
}

/** Incremental decoder: feed it bytes as they arrive, it returns every packet completed so far. */
export class SlipDecoder {
  private current: number[] | null = null;
  private escaping = false;

  push(bytes: Uint8Array): Uint8Array[] {
    const packets: Uint8Array[] = [];
    for (const byte of bytes) {
      if (this.current === null) {
        if (byte === END) this.current = [];
        continue;
      }
      if (this.escaping) {
        this.escaping = false;
        this.current.push(byte === ESC_END ? END : byte === ESC_ESC ? ESC : byte);
      } else if (byte === ESC) {
        this.escaping = true;
      } else if (byte === END) {
        // Two ENDs in a row: an empty frame; stay in packet mode for the next one.
        if (this.current.length > 0) packets.push(Uint8Array.from(this.current));
        this.current = [];
      } else {
        this.current.push(byte);
      }
    }
    return packets;
  }
}
