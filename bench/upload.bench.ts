/**
 * Upload speed over the virtual board's pty, computed for a 115200-baud link (a pty has no baud
 * rate, so time on the link = wire bytes / 11,520 B/s in the busier direction). Payload: the
 * examples' builds (dist/), or runtime-py/*.py when the examples do not build yet. Baseline in the
 * same run: the same upload sent plain (no deflate) — what a raw REPL uploader without compression
 * puts on the wire.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchRow } from "./types.ts";
import { flashProject, type FlashReport } from "../cli/serial/index.ts";
import { startSim } from "../sim/index.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const LINK_BYTES_PER_SECOND = 11_520;

async function payloadDirs(work: string): Promise<{ dirs: string[]; what: string }> {
  const dirs: string[] = [];
  try {
    const { buildProject } = (await import("../compiler/index.ts")) as typeof import("../compiler/index.ts");
    for (const name of readdirSync(join(root, "examples"))) {
      const result = await buildProject(join(root, "examples", name), { outDir: join(work, name) });
      if (!result.ok) continue;
      for (const [path, text] of result.files) {
        mkdirSync(dirname(join(work, name, path)), { recursive: true });
        writeFileSync(join(work, name, path), text);
      }
      dirs.push(join(work, name));
    }
  } catch {
    // compiler not usable: fall back below
  }
  if (dirs.length > 0) return { dirs, what: "examples" };
  const fallback = join(work, "runtime-py");
  cpSync(join(root, "runtime-py"), fallback, { recursive: true, filter: (p) => !p.includes("__pycache__") });
  writeFileSync(join(fallback, "main.py"), "import umqttsimple\nprint('bench')\n");
  return { dirs: [fallback], what: "runtime-py/*.py (examples did not build)" };
}

const linkSeconds = (r: FlashReport) => Math.max(r.wireBytesOut, r.wireBytesIn) / LINK_BYTES_PER_SECOND;

export default async function bench(): Promise<BenchRow[]> {
  const work = mkdtempSync(join(tmpdir(), "tsmp-bench-upload-"));
  const sim = await startSim({ fsDir: join(work, "flash") });
  try {
    const { dirs, what } = await payloadDirs(join(work, "payload"));
    let payload = 0, wire = 0, wirePlain = 0, seconds = 0, secondsPlain = 0, unchanged = 0, wall = 0;
    for (const dir of dirs) {
      const plain = await flashProject(sim.path, dir, { clean: true, compress: false, reset: false });
      const fast = await flashProject(sim.path, dir, { clean: true, reset: false });
      const again = await flashProject(sim.path, dir, { reset: true });
      payload += fast.payloadBytes;
      wire += fast.wireBytes;
      wirePlain += plain.wireBytes;
      seconds += linkSeconds(fast);
      secondsPlain += linkSeconds(plain);
      wall += fast.seconds;
      unchanged = Math.max(unchanged, again.wireBytes);
    }
    const note = `${what}; ${payload} B payload`;
    return [
      { name: "wire bytes per payload byte (deflate + raw-paste)", value: wire / payload, unit: "B/B", target: "<= 0.6", note },
      { name: "wire bytes per payload byte, baseline (plain)", value: wirePlain / payload, unit: "B/B", note: "same upload without deflate" },
      { name: "payload throughput / 115200-baud link rate", value: payload / seconds / LINK_BYTES_PER_SECOND, unit: "x", target: ">= 1.5", note: `${(payload / seconds).toFixed(0)} B/s at 115200 baud` },
      { name: "speed-up vs plain upload", value: secondsPlain / seconds, unit: "x", note: "link time, same run" },
      { name: "unchanged re-flash on the wire", value: unchanged, unit: "B", target: "<= 1024", note: "both directions, incl. interrupt and soft reset" },
      { name: "wall time on the pty (no baud limit)", value: wall, unit: "s", note: "informational: the pty is not throttled" },
    ];
  } finally {
    await sim.stop();
    rmSync(work, { recursive: true, force: true });
  }
}
