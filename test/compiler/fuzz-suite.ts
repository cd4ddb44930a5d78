/**
 * The fuzzer (issue 4 item 9): seeded, deterministic inputs — generated well-typed programs
 * (fuzz-generate.ts) and mutated corpus programs (fuzz-mutate.ts) — compiled with the fast path
 * `compileSource`. Zero internal compiler errors allowed; every refusal must be a located
 * diagnostic (fuzz-check.ts); every accepted program's main.py must be valid MicroPython syntax
 * (compiled, not run, on one WebAssembly VM). Inputs come in batches of 250, one test per batch, in shards (fuzz-shard-N.test.ts) that run in parallel.
 * TSMP_FUZZ_INPUTS sets the total (default below; the target is 10,000) and
 * TSMP_FUZZ_SEED the base seed (fuzz-inputs.ts); a failing input prints its seed and how to reproduce it.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadMicroPython, type MicroPython } from "@micropython/micropython-webassembly-pyscript";
import { loadCompiler, type CompilerApi } from "./corpus-compiler.ts";
import { corpusSources } from "./fuzz-inputs.ts";
import { checkFuzzInput } from "./fuzz-check.ts";

/** The target: 10,000 inputs per run, split into shards (one test file each) so vitest runs them in parallel. */
export const FUZZ_INPUTS = Number(process.env["TSMP_FUZZ_INPUTS"] ?? 10_000);
export const FUZZ_SHARDS = 2;
const BATCH = 250;

/** Defines the tests for shard `shard` of FUZZ_SHARDS: inputs [shard*n/S, (shard+1)*n/S). */
export function defineFuzzShard(shard: number): void {
const first = Math.floor((shard * FUZZ_INPUTS) / FUZZ_SHARDS);
const last = Math.floor(((shard + 1) * FUZZ_INPUTS) / FUZZ_SHARDS);
let compiler: CompilerApi;
let mp: MicroPython;
const stats = { inputs: 0, accepted: 0, ms: 0 };

beforeAll(async () => {
  compiler = await loadCompiler();
  mp = await loadMicroPython({ heapsize: 4 * 1024 * 1024, stdout: () => {}, stderr: () => {} });
});

afterAll(() => {
  if (stats.inputs > 0) {
    console.log(`fuzz: ${stats.inputs} inputs, ${stats.accepted} accepted, ${(stats.ms / stats.inputs).toFixed(1)} ms per compileSource (${Math.round((stats.inputs * 1000) / stats.ms)}/s)`);
  }
});

describe(`fuzz compileSource, inputs ${first}..${last - 1}`, () => {
  test("the corpus gives the mutator enough programs", () => {
    expect(corpusSources.length).toBeGreaterThanOrEqual(150);
  });

  for (let start = first; start < last; start += BATCH) {
    const end = Math.min(last, start + BATCH);
    test(`inputs ${start}..${end - 1}`, async () => {
      const failures: string[] = [];
      for (let i = start; i < end; i++) {
        const { input, problems, answer, ms } = await checkFuzzInput(compiler, mp, i);
        if (answer?.ok) stats.accepted++;
        stats.ms += ms;
        stats.inputs++;
        if (problems.length > 0 && failures.length < 5) {
          failures.push(`input ${i} (${input.kind}, seed ${input.seed}): ${problems.slice(0, 3).join(" | ")}\n--- source ---\n${input.text.slice(0, 1500)}`);
        }
      }
      expect(failures, `reproduce: npx tsx test/compiler/fuzz-repro.ts <input number>`).toEqual([]);
    }, 240_000);
  }
});
}
