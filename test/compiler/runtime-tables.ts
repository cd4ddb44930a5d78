/**
 * `npx tsx test/compiler/runtime-tables.ts [--write]`: computes the Unicode tables of
 * runtime-py/tsmp_casemap.py (String.prototype.toUpperCase / toLowerCase of every non-ASCII code
 * point) and runtime-py/tsmp_strwidth.py (the display width Node gives every code point when it lines
 * up console columns) from the running Node, in the run encodings the files' header comments describe.
 * Without --write it reports whether the committed tables are current (exit 1 if not); with --write
 * it rewrites just the table literals. Widths are measured through console.table, whose cell padding
 * is Node's getStringWidth (the same function util.inspect uses to group array items in columns).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { Console } from "node:console";
import { Writable } from "node:stream";
import { pathToFileURL } from "node:url";

const LAST_CODE_POINT = 0x10ffff;
const CHUNK = 96;

export const casemapFile = new URL("../../runtime-py/tsmp_casemap.py", import.meta.url);
export const strwidthFile = new URL("../../runtime-py/tsmp_strwidth.py", import.meta.url);

const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

/** One-to-one mappings as runs "start count step delta" (start from the previous run), base 36; step 1 or 2. */
function encodeRuns(pairs: [number, number][]): string {
  const runs: { start: number; count: number; step: number; delta: number }[] = [];
  for (const [code, delta] of pairs) {
    const run = runs.at(-1);
    const next = run && run.start + run.count * run.step;
    if (run && run.delta === delta && (run.count === 1 ? code - run.start <= 2 : code === next)) {
      if (run.count === 1) run.step = code - run.start;
      run.count++;
    } else runs.push({ start: code, count: 1, step: 1, delta });
  }
  let at = 0;
  return runs
    .map((r) => {
      const part = [r.start - at, r.count, r.step, r.delta].map((n) => n.toString(36)).join(" ");
      at = r.start;
      return part;
    })
    .join(",");
}

/** The four case tables (_UP, _LOW, _UP_MULTI, _LOW_MULTI) of tsmp_casemap from this Node. */
export function caseTables(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, map] of [
    ["UP", (s: string) => s.toUpperCase()],
    ["LOW", (s: string) => s.toLowerCase()],
  ] as const) {
    const single: [number, number][] = [];
    const multi: string[] = [];
    for (let c = 0x80; c <= LAST_CODE_POINT; c++) {
      if (isSurrogate(c)) continue;
      const s = String.fromCodePoint(c);
      const mapped = [...map(s)].map((ch) => ch.codePointAt(0)!);
      if (mapped.length > 1) multi.push([c, ...mapped].map((n) => n.toString(36)).join(" "));
      else if (mapped[0] !== c) single.push([c, mapped[0] - c]);
    }
    out[`_${name}`] = encodeRuns(single);
    out[`_${name}_MULTI`] = multi.join(",");
  }
  return out;
}

/** getStringWidth of every code point, read from console.table's padding of index keys "#" + char. */
export function codePointWidths(): Uint8Array {
  const widths = new Uint8Array(LAST_CODE_POINT + 1);
  const BATCH = 0x4000;
  for (let first = 0; first <= LAST_CODE_POINT; first += BATCH) {
    const keys: string[] = [];
    const rows: Record<string, { a: number }> = {};
    for (let c = first; c < Math.min(first + BATCH, LAST_CODE_POINT + 1); c++) {
      const key = `#${String.fromCodePoint(c)}`;
      keys.push(key);
      rows[key] = { a: 1 };
    }
    let text = "";
    const sink = new Writable({ write: (chunk, _enc, done) => void ((text += String(chunk)), done()) });
    new Console({ stdout: sink, colorMode: false }).table(rows);
    // header line, then one line per key ending in the value column "│ 1 │" (a key may hold "\n")
    const lines = text.split("\n");
    const header = lines[1];
    const body = lines.slice(3, -2).join("\n") + "\n";
    const rowEnd = "│ 1 │\n";
    const rowTexts = body.split(rowEnd).slice(0, -1);
    if (rowTexts.length !== keys.length) throw new Error(`console.table layout not understood near U+${first.toString(16)}`);
    rowTexts.forEach((row, i) => {
      // a row is as long as the header, less the key's width, plus the key's UTF-16 length
      const width = keys[i].length - (row.length + rowEnd.length - 1 - header.length) - 1;
      widths[first + i] = width;
    });
  }
  return widths;
}

/** The _RUNS table of tsmp_strwidth: distance from the previous run start (base 36), then ".-+*" for 0-3. */
export function widthTable(widths: Uint8Array = codePointWidths()): string {
  let out = "";
  let at = 0;
  for (let c = 0; c < widths.length; c++) {
    if (c > 0 && widths[c] === widths[c - 1]) continue;
    out += (c - at).toString(36) + ".-+*"[widths[c]];
    at = c;
  }
  return out;
}

/** `name = (` + the text in 96-character string pieces + `)`, as the committed files write it. */
export function pyTableLiteral(name: string, text: string): string {
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += CHUNK) pieces.push(`    "${text.slice(i, i + CHUNK)}"\n`);
  return `${name} = (\n${pieces.join("")})`;
}

/** The Python source with each named table literal replaced by the given text. */
export function withTables(source: string, tables: Record<string, string>): string {
  let out = source;
  for (const [name, text] of Object.entries(tables)) {
    const literal = new RegExp(`^${name} = \\(\\n(?:    ".*"\\n)*\\)`, "m");
    if (!literal.test(out)) throw new Error(`table ${name} not found`);
    out = out.replace(literal, () => pyTableLiteral(name, text));
  }
  return out;
}

/** Each runtime file with its tables as this Node computes them. */
export function currentTableFiles(): { file: URL; committed: string; current: string }[] {
  return [
    [casemapFile, caseTables()],
    [strwidthFile, { _RUNS: widthTable() }],
  ].map(([file, tables]) => {
    const committed = readFileSync(file as URL, "utf8");
    return { file: file as URL, committed, current: withTables(committed, tables as Record<string, string>) };
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const write = process.argv.includes("--write");
  let stale = 0;
  for (const { file, committed, current } of currentTableFiles()) {
    const name = file.pathname.split("/").slice(-2).join("/");
    if (committed === current) process.stderr.write(`${name}: tables current for Node ${process.version}\n`);
    else if (write) {
      writeFileSync(file, current);
      process.stderr.write(`${name}: tables rewritten from Node ${process.version}\n`);
    } else {
      stale++;
      process.stderr.write(`${name}: tables differ from Node ${process.version} (run with --write)\n`);
    }
  }
  process.exitCode = stale === 0 ? 0 : 1;
}
