/**
 * The expected-output manifest (`test/corpus/expected.sha256`): for each program, a hash of its
 * sources and of its `.expected` file, written by corpus-update.ts. The corpus test recomputes both,
 * so an edited program whose expected output was not regenerated (or a hand-edited `.expected`)
 * fails fast, without running all of Node again.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { corpusDir, type CorpusProgram } from "./corpus-programs.ts";

export const manifestFile = join(corpusDir, "expected.sha256");

const sha = (text: string | Buffer): string => createHash("sha256").update(text).digest("hex").slice(0, 16);

export function sourceHash(program: CorpusProgram): string {
  const h = createHash("sha256");
  for (const [rel, abs] of [...program.sources].sort(([a], [b]) => (a < b ? -1 : 1))) h.update(rel + "\0" + readFileSync(abs, "utf8") + "\0");
  return h.digest("hex").slice(0, 16);
}

export function expectedHash(program: CorpusProgram): string | undefined {
  return existsSync(program.expectedFile) ? sha(readFileSync(program.expectedFile)) : undefined;
}

export interface ManifestEntry {
  source: string;
  expected: string;
}

export function readManifest(): { node: string; entries: Map<string, ManifestEntry> } {
  const entries = new Map<string, ManifestEntry>();
  let node = "";
  if (!existsSync(manifestFile)) return { node, entries };
  for (const line of readFileSync(manifestFile, "utf8").split("\n")) {
    const [a, b, c] = line.trim().split(/\s+/);
    if (!a) continue;
    if (a === "node") node = b ?? "";
    else if (b && c) entries.set(a, { source: b, expected: c });
  }
  return { node, entries };
}

export function writeManifest(programs: CorpusProgram[]): void {
  const lines = [`node ${process.versions.node.split(".")[0]}`];
  for (const p of programs) lines.push(`${p.name} ${sourceHash(p)} ${expectedHash(p) ?? "missing"}`);
  writeFileSync(manifestFile, lines.join("\n") + "\n");
}

/** Programs whose manifest entry does not match their current sources / expected file. */
export function staleExpected(programs: CorpusProgram[]): string[] {
  const { entries } = readManifest();
  return programs
    .filter((p) => {
      const e = entries.get(p.name);
      return !e || e.source !== sourceHash(p) || e.expected !== expectedHash(p);
    })
    .map((p) => p.name);
}
