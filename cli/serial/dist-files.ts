/**
 * The files of a build output folder (`dist/`) as the uploader sees them: board path (always `/`
 * separated), bytes and sha256. Source maps (`*.map*`) never go to the board.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { TsmpError } from "../errors.ts";

export interface LocalFile {
  path: string;
  bytes: Buffer;
  sha256: string;
}

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export function isUploaded(name: string): boolean {
  return !/\.map(\.|$)/.test(name) && !name.startsWith(".");
}

/** Every file to upload, `lib/…` first and `boot.py` / `main.py` last (so the entry points switch over last). */
export function readDistFiles(distDir: string): LocalFile[] {
  let isDir = false;
  try {
    isDir = statSync(distDir).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) {
    throw new TsmpError("BAD_ARGUMENT", `no build output at ${distDir}`, { hint: "run `tsmp build` first, or drop --no-build" });
  }
  const out: LocalFile[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!isUploaded(entry.name)) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        const bytes = readFileSync(full);
        out.push({ path: relative(distDir, full).split(sep).join("/"), bytes, sha256: sha256(bytes) });
      }
    }
  };
  walk(distDir);
  if (out.length === 0) throw new TsmpError("BAD_ARGUMENT", `${distDir} is empty`, { hint: "run `tsmp build` first" });
  return out.sort((a, b) => uploadRank(a.path) - uploadRank(b.path) || a.path.localeCompare(b.path));
}

function uploadRank(path: string): number {
  return path === "main.py" ? 2 : path === "boot.py" ? 1 : 0;
}
