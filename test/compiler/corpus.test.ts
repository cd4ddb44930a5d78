/**
 * The differential corpus test (issue 4 item 7): every program in test/corpus is compiled with the
 * real compiler and run on real MicroPython (a fresh WebAssembly VM each); its stdout must equal
 * Node's byte for byte (the cached `.expected`). Programs the compiler refuses must be exactly those
 * in known-refused.txt (with the same codes); programs printing differently exactly those in
 * known-wrong.txt. Fixing or breaking one means editing a list, so the lists stay honest.
 * Details and diffs: `npx tsx test/compiler/corpus-report.ts [filter]`.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { knownRefusedFile, knownWrongFile, listCorpus, readExpected, readTrackedList } from "./corpus-programs.ts";
import { staleExpected } from "./corpus-manifest.ts";
import { mapLimit, runUnderNode } from "./corpus-node.ts";
import { compileCorpusProgram, runCorpus, type Outcome } from "./corpus-differential.ts";
import { loadCompiler } from "./corpus-compiler.ts";

const programs = listCorpus();
const knownRefused = readTrackedList(knownRefusedFile);
const knownWrong = readTrackedList(knownWrongFile);

describe("corpus programs and their Node outputs", () => {
  test("there are at least 200 programs, some of them multi-file", () => {
    expect(programs.length).toBeGreaterThanOrEqual(200);
    expect(programs.filter((p) => p.sources.size > 1).length).toBeGreaterThanOrEqual(5);
  });

  test("every .expected file is current (hash manifest; regenerate with corpus-update.ts)", () => {
    expect(staleExpected(programs)).toEqual([]);
  });

  test("a sample of .expected files equals a fresh run under Node", async () => {
    const sample = programs.filter((_, i) => i % 8 === 3);
    const runs = await mapLimit(sample, 2, (p) => runUnderNode(p));
    const mismatched = sample.filter((p, i) => runs[i]!.stdout !== readExpected(p) || runs[i]!.exitCode !== 0).map((p) => p.name);
    expect(mismatched).toEqual([]);
  }, 120_000);

  test("the tracked lists only name programs that exist", () => {
    const names = new Set(programs.map((p) => p.name));
    expect([...knownRefused.keys(), ...knownWrong.keys()].filter((n) => !names.has(n))).toEqual([]);
  });
});

describe("corpus compiled to MicroPython matches Node", () => {
  const outcomes = new Map<string, Outcome>();

  beforeAll(async () => {
    for (const o of await runCorpus(programs, { workers: 2 })) outcomes.set(o.program.name, o);
    const count = (k: Outcome["kind"]) => [...outcomes.values()].filter((o) => o.kind === k).length;
    console.log(
      `corpus: ${programs.length} programs, ${programs.length - count("refused")} accepted (${count("pass")} pass, ${count("wrong")} wrong), ${count("refused")} refused`,
    );
  }, 600_000);

  test("refused programs are exactly known-refused.txt, with the same diagnostic codes", () => {
    const refused = new Map<string, string>();
    for (const o of outcomes.values()) if (o.kind === "refused") refused.set(o.program.name, o.codes);
    expect(Object.fromEntries([...refused].sort())).toEqual(Object.fromEntries([...knownRefused].sort()));
  });

  test("programs printing differently are exactly known-wrong.txt", () => {
    const wrong = [...outcomes.values()].filter((o) => o.kind === "wrong").map((o) => o.program.name);
    expect(wrong.sort()).toEqual([...knownWrong.keys()].sort());
  });

  test("compileProgram (disk) and compileSource (fast path) agree on a sample of programs", async () => {
    const compiler = await loadCompiler();
    const sample = programs.filter((p, i) => p.sources.size === 1 && i % 40 === 5);
    for (const p of sample) {
      const viaDisk = await compiler.compileProgram(p.entry);
      const viaSource = await compileCorpusProgram(compiler, p);
      expect({ name: p.name, ok: viaSource.ok, main: viaSource.files.get("main.py") }).toEqual({ name: p.name, ok: viaDisk.ok, main: viaDisk.files.get("main.py") });
    }
  }, 120_000);

  for (const program of programs) {
    test(program.name, () => {
      const o = outcomes.get(program.name);
      expect(o, "no outcome (the run did not finish)").toBeDefined();
      if (knownRefused.has(program.name)) {
        expect(o!.kind).toBe("refused");
      } else if (knownWrong.has(program.name)) {
        expect(o!.kind, "listed in known-wrong.txt but now passes or is refused: update the list").toBe("wrong");
      } else if (o!.kind === "refused") {
        expect.fail(`refused: ${o!.diagnostics.map((d) => `${d.code} ${d.message}`).join("; ")}`);
      } else if (o!.kind === "wrong") {
        expect(o!.run.stdout + (o!.run.stderr ? `\n--- stderr ---\n${o!.run.stderr}` : "")).toBe(o!.expected);
      }
    });
  }
});
