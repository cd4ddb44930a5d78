/**
 * The host side of the board's sockets: real TCP connections on the main thread, answering the
 * worker's blocking calls (connect, send, recv with timeouts, close, name lookup). Replies are
 * strings: "ok", "d<base64>" (data; "d" alone = peer closed; the worker hands it to Python as
 * bytes), "n" (no data on a non-blocking socket) or "e<ERRNO NAME>"; a TLS upgrade may also answer
 * "v<text>" / "x<code> <name>" (see tls-upgrade.ts). Sent data arrives as hex.
 */
import { Socket } from "node:net";
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { upgradeToTls, type TlsRequest } from "./tls-upgrade.ts";

interface Conn {
  socket?: Socket;
  buffer: Buffer[];
  buffered: number;
  eof: boolean;
  error?: string;
  waiter?: () => void;
}

export class TcpBridge {
  private conns = new Map<number, Conn>();
  private cancelled = new Set<number>();

  /** Handle one call; resolves the reply string. `seq` lets a Ctrl-C cancel a waiting call. */
  async handle(seq: number, op: string, args: (string | number)[]): Promise<string> {
    switch (op) {
      case "dns":
        return this.dns(String(args[0]));
      case "tcp_connect":
        return this.connect(Number(args[0]), String(args[1]), Number(args[2]), Number(args[3]));
      case "tcp_tls":
        return this.startTls(Number(args[0]), {
          hostname: String(args[1]),
          verify: Number(args[2]) === 1,
          ca: Buffer.from(String(args[3]), "base64"),
          timeoutMs: Number(args[4]),
          cert: Buffer.from(String(args[5] ?? ""), "base64"),
          key: Buffer.from(String(args[6] ?? ""), "base64"),
        });
      case "tcp_send":
        return this.send(Number(args[0]), String(args[1]));
      case "tcp_recv":
        return this.recv(seq, Number(args[0]), Number(args[1]), Number(args[2]));
      case "tcp_poll":
        return this.poll(seq, String(args[0]), Number(args[1]));
      case "tcp_close":
        this.close(Number(args[0]));
        return "ok";
      default:
        return "eEINVAL";
    }
  }

  /** The worker stopped waiting for call `seq` (Ctrl-C): wake it so its waiter is dropped. */
  cancel(seq: number): void {
    this.cancelled.add(seq);
    for (const c of this.conns.values()) c.waiter?.();
  }

  closeAll(): void {
    for (const id of [...this.conns.keys()]) this.close(id);
  }

  private async dns(name: string): Promise<string> {
    if (isIP(name)) return name;
    try {
      const { address } = await lookup(name, { family: 4 });
      return address;
    } catch {
      return "";
    }
  }

  private conn(id: number): Conn {
    let c = this.conns.get(id);
    if (!c) {
      c = { buffer: [], buffered: 0, eof: false };
      this.conns.set(id, c);
    }
    return c;
  }

  private connect(id: number, ip: string, port: number, timeoutMs: number): Promise<string> {
    const c = this.conn(id);
    if (c.socket) return Promise.resolve("eEISCONN");
    return new Promise((resolve) => {
      const socket = new Socket();
      c.socket = socket;
      let done = false;
      const finish = (reply: string) => {
        if (done) return;
        done = true;
        if (timer) clearTimeout(timer);
        resolve(reply);
      };
      const timer = timeoutMs > 0 ? setTimeout(() => { socket.destroy(); finish("eETIMEDOUT"); }, timeoutMs) : undefined;
      socket.setNoDelay(true);
      listen(c, socket, (name) => {
        if (!done) finish(`e${name === "ENOTFOUND" ? "EHOSTUNREACH" : name}`);
      });
      socket.connect(port, ip, () => finish("ok"));
    });
  }

  /** `ssl.wrap_socket` on the board: the TLS client handshake on connection `id`, then plaintext. */
  private async startTls(id: number, request: TlsRequest): Promise<string> {
    const c = this.conns.get(id);
    if (!c?.socket) return "eENOTCONN";
    if (c.error || c.eof) return "x-29312 MBEDTLS_ERR_SSL_CONN_EOF";
    const raw = c.socket;
    for (const event of ["data", "end", "close", "error"]) raw.removeAllListeners(event);
    c.buffer = [];
    c.buffered = 0;
    const outcome = await upgradeToTls(raw, request);
    if ("reply" in outcome) {
      c.eof = true;
      c.error = "ECONNRESET";
      return outcome.reply;
    }
    c.socket = outcome.socket;
    listen(c, outcome.socket, () => {});
    return "ok";
  }

  private send(id: number, hex: string): string {
    const c = this.conns.get(id);
    if (!c?.socket) return "eENOTCONN";
    if (c.error) return `e${c.error === "ECONNRESET" ? "ECONNRESET" : c.error}`;
    if (c.socket.destroyed || c.socket.writableEnded) return "eECONNRESET";
    c.socket.write(Buffer.from(hex, "hex"));
    return "ok";
  }

  private take(c: Conn, n: number): string {
    const all = c.buffer.length === 1 ? c.buffer[0]! : Buffer.concat(c.buffer);
    const chunk = all.subarray(0, n);
    const rest = all.subarray(chunk.length);
    c.buffer = rest.length ? [rest] : [];
    c.buffered = rest.length;
    return "d" + chunk.toString("base64");
  }

  private recv(seq: number, id: number, n: number, timeoutMs: number): Promise<string> {
    const c = this.conns.get(id);
    if (!c?.socket) return Promise.resolve("eENOTCONN");
    const ready = (): string | undefined => {
      if (c.buffered > 0) return this.take(c, Math.max(1, n));
      if (c.error && c.error !== "ECONNRESET") return `e${c.error}`;
      if (c.eof || c.error) return "d";
      return undefined;
    };
    const now = ready();
    if (now !== undefined) return Promise.resolve(now);
    if (timeoutMs === 0) return Promise.resolve("n");
    return new Promise((resolve) => {
      const timer = timeoutMs > 0 ? setTimeout(() => { c.waiter = undefined; resolve("eETIMEDOUT"); }, timeoutMs) : undefined;
      c.waiter = () => {
        if (this.cancelled.delete(seq)) {
          c.waiter = undefined;
          if (timer) clearTimeout(timer);
          resolve("eEINTR");
          return;
        }
        const r = ready();
        if (r === undefined) return;
        c.waiter = undefined;
        if (timer) clearTimeout(timer);
        resolve(r);
      };
    });
  }

  /** Ids (comma-separated) of the sockets with data, EOF or an error; waits up to timeoutMs (-1: forever). */
  private poll(seq: number, idsText: string, timeoutMs: number): Promise<string> {
    const ids = idsText.split(",").filter(Boolean).map(Number);
    const ready = () =>
      ids.filter((id) => {
        const c = this.conns.get(id);
        return !c || c.buffered > 0 || c.eof || c.error !== undefined;
      });
    const now = ready();
    if (now.length > 0 || timeoutMs === 0) return Promise.resolve(now.join(","));
    return new Promise((resolve) => {
      const conns = ids.map((id) => this.conns.get(id)).filter((c): c is Conn => c !== undefined);
      const done = (value: string) => {
        for (const c of conns) c.waiter = undefined;
        if (timer) clearTimeout(timer);
        resolve(value);
      };
      const timer = timeoutMs > 0 ? setTimeout(() => done(""), timeoutMs) : undefined;
      const check = () => {
        if (this.cancelled.delete(seq)) return done("");
        const r = ready();
        if (r.length > 0) done(r.join(","));
      };
      for (const c of conns) c.waiter = check;
    });
  }

  private close(id: number): void {
    const c = this.conns.get(id);
    if (!c) return;
    this.conns.delete(id);
    c.socket?.destroy();
    c.waiter?.();
  }
}

/** Feeds a socket's data, end and errors into its connection record, waking a waiting call. */
function listen(c: Conn, socket: Socket, onError: (name: string) => void): void {
  socket.on("data", (d: Buffer) => {
    c.buffer.push(d);
    c.buffered += d.length;
    c.waiter?.();
  });
  socket.on("end", () => { c.eof = true; c.waiter?.(); });
  socket.on("close", () => { c.eof = true; c.waiter?.(); });
  socket.on("error", (e: NodeJS.ErrnoException) => {
    const name = e.code && /^E[A-Z]+$/.test(e.code) ? e.code : "EIO";
    onError(name);
    c.error = name;
    c.waiter?.();
  });
}
