/**
 * The fuzzer's input sequence: input number `i` → a seeded program. 7 in 10 are tiny generated
 * programs, 2 in 10 small ones, 1 in 10 a mutated single-file corpus program. TSMP_FUZZ_SEED
 * changes the base seed.
 */
import { readFileSync } from "node:fs";
import { listCorpus } from "./corpus-programs.ts";
import { generateProgram, SMALL, TINY } from "./fuzz-generate.ts";
import { mutateProgram } from "./fuzz-mutate.ts";

export const BASE_SEED = Number(process.env["TSMP_FUZZ_SEED"] ?? 20261123);

export const corpusSources: string[] = listCorpus()
  .filter((p) => p.sources.size === 1)
  .map((p) => readFileSync(p.entry, "utf8"));

export function fuzzInput(i: number): { kind: "tiny" | "small" | "mutant"; seed: number; text: string } {
  const seed = (BASE_SEED + Math.imul(i, 2654435761)) >>> 0;
  const slot = i % 10;
  if (slot < 7) return { kind: "tiny", seed, text: generateProgram(seed, TINY) };
  if (slot < 9) return { kind: "small", seed, text: generateProgram(seed, SMALL) };
  return { kind: "mutant", seed, text: mutateProgram(corpusSources[seed % corpusSources.length]!, seed) };
}
