/**
 * Incremental, atomic upload of a build folder to the board (`flashProject`).
 *
 * 1. One small exec hashes the board's copies and reads the manifest: only changed files are sent,
 *    files tsmp wrote before and that are gone locally are removed (`clean` resends everything).
 * 2. Each changed file is streamed (deflated when the board has `deflate` and it helps, base64 in
 *    raw-paste execs) into `<name>.tsmp-new`, inflated there, and its sha256 checked on the board.
 * 3. The manifest (ownership) is first widened to old ∪ new, then temps are renamed over the real
 *    names, deleted files are removed, and the final manifest is written (itself via temp + rename).
 * A cut at any byte leaves every file whole (old or new); the next flash compares real hashes and repairs.
 */
import { deflateSync } from "node:zlib";
import { TsmpError } from "../errors.ts";
import * as py from "./board-code.ts";
import { readDistFiles, sha256, type LocalFile } from "./dist-files.ts";
import { BoardExecError, SerialTransport, type TransportOptions } from "./transport.ts";

export interface FlashProgress {
  /** The file being sent (board path). */
  file?: string;
  /** Bytes of this file sent so far / its size on the wire (payload bytes, after compression). */
  done: number;
  total: number;
  /** The same over all files being sent. */
  overallDone: number;
  overallTotal: number;
  phase: "checking" | "sending" | "committing" | "resetting";
}

export interface FlashOptions {
  onProgress?(progress: FlashProgress): void;
  /** Resend every file even when the board already has it. */
  clean?: boolean;
  signal?: AbortSignal;
  /** Soft-reset after the upload so boot.py/main.py run (default true). */
  reset?: boolean;
  transport?: TransportOptions;
  /** Use deflate when the board has it (default true). */
  compress?: boolean;
}

export interface FlashReport {
  port: string;
  filesSent: number;
  filesSkipped: number;
  filesRemoved: number;
  sent: string[];
  removed: string[];
  /** Bytes of the files sent (uncompressed). */
  payloadBytes: number;
  /** Bytes that crossed the link, both directions, from opening the port to the soft reset. */
  wireBytes: number;
  wireBytesOut: number;
  wireBytesIn: number;
  compressed: boolean;
  rawPaste: boolean;
  seconds: number;
}

const HASH_PREFIX = 12;
/** Base64 characters per exec (3 KB of file bytes): small enough for an ESP32's heap to compile. */
const CHUNK_CHARS = 4096;
const ZLIB_WINDOW_BITS = 12;

interface Encoded {
  file: LocalFile;
  deflated: boolean;
  wire: Buffer;
}

/** Picks deflate (zlib, 4 KB window) when it makes the file smaller. Pure. */
export function encodeFile(file: LocalFile, canInflate: boolean): Encoded {
  if (canInflate && file.bytes.length > 64) {
    const z = deflateSync(file.bytes, { level: 9, windowBits: ZLIB_WINDOW_BITS, memLevel: 9 });
    if (z.length < file.bytes.length) return { file, deflated: true, wire: z };
  }
  return { file, deflated: false, wire: file.bytes };
}

export async function flashProject(portPath: string, distDir: string, options: FlashOptions = {}): Promise<FlashReport> {
  const started = Date.now();
  const files = readDistFiles(distDir);
  const progress = options.onProgress ?? (() => {});
  const transport = await SerialTransport.open(portPath, { ...options.transport });
  try {
    return await upload(transport, files, options, progress, started);
  } catch (error) {
    if (error instanceof BoardExecError && /ENOSPC|Errno 28\b|OSError: 28\b/.test(error.stderr)) {
      throw new TsmpError("DEVICE_ERROR", `the board's flash is full (${portPath}); nothing was replaced, the old files are still in place`, {
        hint: "remove files you no longer need from the board (e.g. data files, old libraries), then run `tsmp flash` again",
        cause: error,
      });
    }
    // Cancelled between commands: the board has whole files; restart whatever program it has.
    if (options.signal?.aborted && transport.isOpen) await transport.softReset(1000).catch(() => {});
    throw error;
  } finally {
    await transport.close();
  }
}

async function upload(
  t: SerialTransport,
  files: LocalFile[],
  options: FlashOptions,
  progress: (p: FlashProgress) => void,
  started: number,
): Promise<FlashReport> {
  const aborted = (): void => {
    if (options.signal?.aborted) throw new TsmpError("DEVICE_ERROR", "upload cancelled; every file on the board is whole (old or new)", { hint: "run `tsmp flash` again to finish it" });
  };
  progress({ done: 0, total: 0, overallDone: 0, overallTotal: 0, phase: "checking" });
  await t.enterRawRepl();
  aborted();

  const upToDate = (await t.exec(py.QUICK_CHECK)).trim() === py.stateDigest(files, sha256);
  let changedIdx = new Set<number>();
  let stale: string[] = [];
  if (!upToDate) {
    const checked = await t.exec(py.checkCode(files.map((f) => ({ path: f.path, hashPrefix: f.sha256.slice(0, HASH_PREFIX) }))));
    const [changedLine = "[]", staleLine = "[]"] = checked.trim().split(/\r?\n/);
    changedIdx = new Set(py.parsePyList(changedLine).map(Number));
    stale = py.parsePyList(staleLine).map(String);
  }
  const toSend = options.clean ? files : files.filter((_, i) => changedIdx.has(i));
  let compressed = false;

  if (toSend.length > 0 || stale.length > 0) {
    const canInflate = (await t.exec(py.UPLOAD_HELPERS)).trim() === "1" && options.compress !== false;
    // Leftovers of an upload that was cut: temps of every file we know of.
    await t.exec(py.removeStale([...files.map((f) => f.path), ...stale, py.MANIFEST]));
    const encoded = toSend.map((f) => encodeFile(f, canInflate));
    compressed = encoded.some((e) => e.deflated);
    const overallTotal = encoded.reduce((n, e) => n + e.wire.length, 0);
    let overallDone = 0;
    for (const e of encoded) {
      aborted();
      const temp = e.file.path + py.TEMP_SUFFIX;
      const target = e.deflated ? e.file.path + py.DEFLATED_SUFFIX : temp;
      const b64 = e.wire.toString("base64");
      const bytesPerChunk = (CHUNK_CHARS / 4) * 3;
      const chunks: string[] = [];
      for (let at = 0; at < b64.length; at += CHUNK_CHARS) chunks.push(b64.slice(at, at + CHUNK_CHARS));
      let done = 0;
      let boardHash = "";
      progress({ file: e.file.path, done, total: e.wire.length, overallDone, overallTotal, phase: "sending" });
      // One exec per 4 KB chunk; the first also opens the temp file, the last also closes, inflates
      // and hashes it (each exec costs a raw-paste exchange on the wire, so small files take one).
      for (let c = 0; c < Math.max(1, chunks.length); c++) {
        aborted();
        const last = c >= chunks.length - 1;
        const code = c === 0 ? [py.openTemp(target)] : [];
        if (chunks[c] !== undefined) code.push(py.writeChunk(chunks[c]!));
        if (last) {
          code.push(py.closeTemp());
          if (e.deflated) code.push(py.inflate(target, temp));
          code.push(py.hashOf(temp));
        }
        const out = await t.exec(code.join("\n"), last ? 30000 : undefined);
        if (last) boardHash = out.trim();
        const n = Math.min(bytesPerChunk, e.wire.length - done);
        done += n;
        overallDone += n;
        if (n > 0) progress({ file: e.file.path, done, total: e.wire.length, overallDone, overallTotal, phase: "sending" });
      }
      if (boardHash !== e.file.sha256) {
        throw new TsmpError("VERIFY_FAILED", `${e.file.path} arrived damaged on the board (hash mismatch); the old version is still in place`, {
          hint: "check the USB cable (a short, data-capable one) and run `tsmp flash` again",
        });
      }
    }
    aborted();
    progress({ done: 0, total: 0, overallDone, overallTotal, phase: "committing" });
    // Ownership first widens (old ∪ new), so a cut below never forgets a file tsmp wrote.
    await writeManifest(t, files, stale);
    await t.exec(py.renameTemps(encoded.map((e) => e.file.path)));
    // With nothing stale the widened manifest already is the final one.
    if (stale.length > 0) {
      await t.exec(py.removeFiles(stale));
      await writeManifest(t, files, []);
    }
  }

  const report = (): FlashReport => ({
    port: t.path,
    filesSent: toSend.length,
    filesSkipped: files.length - toSend.length,
    filesRemoved: stale.length,
    sent: toSend.map((f) => f.path),
    removed: stale,
    payloadBytes: toSend.reduce((n, f) => n + f.bytes.length, 0),
    wireBytes: t.bytesIn + t.bytesOut,
    wireBytesIn: t.bytesIn,
    wireBytesOut: t.bytesOut,
    compressed,
    rawPaste: t.mode === "paste",
    seconds: (Date.now() - started) / 1000,
  });
  if (options.reset !== false) {
    progress({ done: 0, total: 0, overallDone: 0, overallTotal: 0, phase: "resetting" });
    await t.softReset();
  } else {
    await t.exitRawRepl();
  }
  return report();
}

async function writeManifest(t: SerialTransport, files: LocalFile[], extra: string[]): Promise<void> {
  // The paths tsmp owns on the board. The board hashes its real files to find changes (QUICK_CHECK,
  // checkCode), so no hashes are kept here (v1 manifests held them; both read as a list of paths).
  const owned = [...new Set([...files.map((f) => f.path), ...extra])].sort();
  const temp = py.MANIFEST + py.TEMP_SUFFIX;
  await t.exec([py.writeText(temp, JSON.stringify({ v: 2, files: owned })), py.renameTemps([py.MANIFEST])].join("\n"));
}

export { sha256 };
