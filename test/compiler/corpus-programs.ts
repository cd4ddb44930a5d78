/**
 * The differential corpus on disk: lists the programs in test/corpus (single `NNN-topic.ts` files and
 * `NNN-topic/` folders with a `main.ts`), their cached Node outputs (`<name>.expected`) and the two
 * checked-in lists that track what the compiler refuses (`known-refused.txt`) or gets wrong (`known-wrong.txt`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const corpusDir = fileURLToPath(new URL("../corpus/", import.meta.url));

export interface CorpusProgram {
  /** e.g. `001-let-block-scope` or `201-multifile-named`. */
  name: string;
  /** Absolute path of the entry file (`…/001-x.ts` or `…/201-x/main.ts`). */
  entry: string;
  /** Source files: path relative to the program's root (`main.ts`, `mathutil.ts`) → absolute path. */
  sources: Map<string, string>;
  /** Where the cached Node output lives. */
  expectedFile: string;
}

const programName = /^\d{3}-[a-z0-9-]+$/;

export function listCorpus(dir: string = corpusDir): CorpusProgram[] {
  const programs: CorpusProgram[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = join(dir, entry);
    if (entry.endsWith(".ts") && programName.test(entry.slice(0, -3))) {
      const name = entry.slice(0, -3);
      programs.push({ name, entry: full, sources: new Map([["main.ts", full]]), expectedFile: join(dir, name + ".expected") });
    } else if (programName.test(entry) && statSync(full).isDirectory()) {
      const main = join(full, "main.ts");
      if (!existsSync(main)) throw new Error(`corpus folder ${entry} has no main.ts`);
      const sources = new Map<string, string>();
      for (const file of readdirSync(full).sort()) {
        if (file.endsWith(".ts")) sources.set(relative(full, join(full, file)), join(full, file));
      }
      programs.push({ name: entry, entry: main, sources, expectedFile: join(dir, entry + ".expected") });
    }
  }
  return programs;
}

export function readExpected(program: CorpusProgram): string | undefined {
  return existsSync(program.expectedFile) ? readFileSync(program.expectedFile, "utf8") : undefined;
}

/**
 * A tracked list: one `name<TAB>detail` per line, `#` comments and blank lines ignored.
 * The detail is informative (diagnostic codes, a diff summary); the name set is what tests assert.
 */
export function readTrackedList(file: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(file)) return out;
  for (const raw of readFileSync(file, "utf8").split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const tab = line.search(/\s/);
    const name = tab < 0 ? line : line.slice(0, tab);
    out.set(name, tab < 0 ? "" : line.slice(tab).trim());
  }
  return out;
}

export function formatTrackedList(header: string, entries: Map<string, string>): string {
  const lines = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, detail]) => `${name}\t${detail}`);
  return header + "\n" + lines.join("\n") + (lines.length ? "\n" : "");
}

export const knownRefusedFile = join(corpusDir, "known-refused.txt");
export const knownWrongFile = join(corpusDir, "known-wrong.txt");
