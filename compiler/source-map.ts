/**
 * Source maps from emitted Python lines back to TypeScript positions, and the rewriting of
 * MicroPython tracebacks (`File "main.py", line 12`) into `src/main.ts:12:5` locations.
 * Format: `{ version: 1, file: "main.py", source: "src/main.ts", lines: Array<[tsLine, tsCol] | null> }`
 * where entry i is Python line i+1 and TS positions are 1-based. Maps live in
 * `<project>/.tsmp/maps/<file>.map.json` (never uploaded to the board).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface SourceMap {
  version: 1;
  /** Python file, relative to the out dir (`main.py`, `sensors.py`). */
  file: string;
  /** TypeScript file, relative to the project (`src/main.ts`). */
  source: string;
  lines: Array<[number, number] | null>;
}

/** The TypeScript position of a Python line (1-based), or undefined when the line is generated glue. */
export function lookup(map: SourceMap, pyLine: number): [number, number] | undefined {
  const direct = map.lines[pyLine - 1];
  if (direct) return direct;
  // Fall back to the nearest mapped line above (helper lines inside a statement).
  for (let i = pyLine - 2; i >= 0; i--) {
    const p = map.lines[i];
    if (p) return p;
  }
  return undefined;
}

/** Where the map of a Python file (as named in a traceback: `main.py`, `/main.py`, `lib/x.py`) lives. */
export function mapPathFor(mapsDir: string, pyFile: string): string {
  const rel = pyFile.replace(/\\/g, "/").replace(/^\/+/, "").replace(/^(flash|remote)\//, "");
  return join(mapsDir, `${rel}.map.json`);
}

/**
 * Rewrites every `File "x.py", line N` in a MicroPython traceback into the TypeScript location
 * (`File "src/main.ts:12:5"`, Python line kept in brackets for reference) when a map exists;
 * lines without a map are left as they are.
 */
export function mapPythonTraceback(text: string, mapsDir: string): string {
  const cache = new Map<string, SourceMap | null>();
  const load = (file: string): SourceMap | null => {
    if (cache.has(file)) return cache.get(file)!;
    let map: SourceMap | null = null;
    const path = mapPathFor(mapsDir, file);
    try {
      if (existsSync(path)) map = JSON.parse(readFileSync(path, "utf8")) as SourceMap;
    } catch {
      map = null;
    }
    cache.set(file, map);
    return map;
  };
  return text.replace(/File "([^"]+\.py)", line (\d+)/g, (whole, file: string, line: string) => {
    const map = load(file);
    if (!map) return whole;
    const pos = lookup(map, Number(line));
    if (!pos) return whole;
    return `File "${map.source}:${pos[0]}:${pos[1]}" (${file} line ${line})`;
  });
}
