/**
 * Two linked pseudo-terminals from socat (`pty,raw,echo=0` twice): the host side is opened by the
 * code under test exactly like /dev/ttyUSB0, the other side is played by a scripted peer.
 */
import { spawn, type ChildProcess } from "node:child_process";

export interface PtyPair {
  host: string;
  device: string;
  /** Kills socat: both ends go away, like a USB unplug. */
  stop(): Promise<void>;
}

/** `hostLink`: a fixed path (symlink) for the host side, so a "re-plugged" pair comes back at the same name. */
export async function openPtyPair(hostLink?: string): Promise<PtyPair> {
  const host = hostLink ? `pty,raw,echo=0,link=${hostLink}` : "pty,raw,echo=0";
  const child: ChildProcess = spawn("socat", ["-d", "-d", host, "pty,raw,echo=0"], { stdio: ["ignore", "ignore", "pipe"] });
  const paths: string[] = [];
  await new Promise<void>((resolve, reject) => {
    let text = "";
    const timer = setTimeout(() => reject(new Error(`socat did not start: ${text}`)), 5000);
    child.once("error", (e) => reject(new Error(`socat is needed for these tests (apt-get install socat): ${e.message}`)));
    child.stderr!.on("data", (chunk: Buffer) => {
      text += chunk.toString();
      for (const m of text.matchAll(/PTY is (\S+)/g)) if (!paths.includes(m[1]!)) paths.push(m[1]!);
      if (paths.length >= 2 && /starting data transfer loop/.test(text)) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return {
    host: hostLink ?? paths[0]!,
    device: paths[1]!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
