/**
 * A scripted MQTT "broker" on a loopback port for tests: each accepted connection is handed to a
 * script that reads the client's packets (decoded with mqtt-codec) and writes whatever bytes it
 * likes back — well-formed, malformed, truncated, or nothing at all.
 */
import { createServer, type Server, type Socket, type AddressInfo } from "node:net";
import { PacketReader, type Packet } from "./mqtt-codec.ts";

export interface ScriptConnection {
  /** Index of this connection since the server started (0-based). */
  index: number;
  socket: Socket;
  /** Every packet the client sent so far, with raw bytes. */
  received: Array<{ packet: Packet; raw: Buffer }>;
  /** The next packet from the client (resolves null when the connection closes or after timeoutMs). */
  next(timeoutMs?: number): Promise<Packet | null>;
  send(bytes: Buffer | Uint8Array): void;
  end(): void;
  closed: Promise<void>;
}

export interface ScriptBroker {
  host: string;
  port: number;
  connections: ScriptConnection[];
  close(): Promise<void>;
}

export async function startScriptBroker(script: (conn: ScriptConnection) => Promise<void> | void): Promise<ScriptBroker> {
  const connections: ScriptConnection[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.setNoDelay(true);
    const reader = new PacketReader();
    const queue: Packet[] = [];
    const waiters: Array<(p: Packet | null) => void> = [];
    let ended = false;
    let resolveClosed!: () => void;
    const closed = new Promise<void>((r) => { resolveClosed = r; });
    const conn: ScriptConnection = {
      index: connections.length,
      socket,
      received: [],
      next(timeoutMs = 5000) {
        if (queue.length) return Promise.resolve(queue.shift()!);
        if (ended) return Promise.resolve(null);
        return new Promise((resolve) => {
          const timer = setTimeout(() => { const i = waiters.indexOf(done); if (i >= 0) waiters.splice(i, 1); resolve(null); }, timeoutMs);
          const done = (p: Packet | null) => { clearTimeout(timer); resolve(p); };
          waiters.push(done);
        });
      },
      send(bytes) { if (!socket.destroyed) socket.write(bytes); },
      end() { socket.end(); },
      closed,
    };
    connections.push(conn);
    socket.on("data", (d: Buffer) => {
      let got: Array<{ packet: Packet; raw: Buffer }>;
      try { got = reader.push(d); } catch { socket.destroy(); return; }
      for (const g of got) {
        conn.received.push(g);
        const w = waiters.shift();
        if (w) w(g.packet); else queue.push(g.packet);
      }
    });
    const finish = () => {
      ended = true;
      sockets.delete(socket);
      for (const w of waiters.splice(0)) w(null);
      resolveClosed();
    };
    socket.on("close", finish);
    socket.on("error", () => {});
    Promise.resolve(script(conn)).catch(() => socket.destroy());
  });
  await new Promise<void>((resolve, reject) => { server.once("error", reject); server.listen(0, "127.0.0.1", () => resolve()); });
  const { port } = server.address() as AddressInfo;
  return {
    host: "127.0.0.1",
    port,
    connections,
    close: () => new Promise<void>((resolve) => { for (const s of sockets) s.destroy(); server.close(() => resolve()); }),
  };
}
