/**
 * The Python printer: turns lowered lines (text + indent + TypeScript position) into the module
 * text and its source map. It decides nothing about semantics.
 */
import type { PyLine } from "./lower/context.ts";
import type { SourceMap } from "./source-map.ts";

export interface PrintedModule {
  text: string;
  map: SourceMap;
}

export function printModule(header: string[], lines: PyLine[], file: string, source: string): PrintedModule {
  const out: string[] = [];
  const positions: Array<[number, number] | null> = [];
  for (const h of header) {
    out.push(h);
    positions.push(null);
  }
  for (const line of lines) {
    for (const [i, part] of line.text.split("\n").entries()) {
      out.push("    ".repeat(line.indent) + part);
      positions.push(i === 0 ? line.pos : line.pos);
    }
  }
  return {
    text: out.join("\n") + "\n",
    map: { version: 1, file, source, lines: positions },
  };
}
