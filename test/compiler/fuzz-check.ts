/**
 * What the fuzzer demands of one compileSource() answer: it did not throw, it has no internal
 * compiler error (TSMP9xxx), every diagnostic is located (file, 1-based line and column inside the
 * source, a TSMP#### or TS#### code, a message), a refusal has at least one diagnostic, and an
 * accepted program has a main.py. Returns the problems found (empty = fine).
 */
import type { MicroPython } from "@micropython/micropython-webassembly-pyscript";
import { isInternalError, type CompileOutput, type CompilerApi, type CorpusDiagnostic } from "./corpus-compiler.ts";
import { fuzzInput } from "./fuzz-inputs.ts";

export function checkAnswer(source: string, fileName: string, answer: CompileOutput): string[] {
  const problems: string[] = [];
  const lineCount = source.split("\n").length;
  for (const d of answer.diagnostics) {
    if (isInternalError(d)) problems.push(`internal error ${d.code}: ${d.message}`);
    problems.push(...locationProblems(d, fileName, lineCount));
  }
  if (!answer.ok && answer.diagnostics.length === 0) problems.push("refused without any diagnostic");
  if (answer.ok && ![...answer.files.keys()].some((k) => k === "main.py")) problems.push(`accepted but no main.py among [${[...answer.files.keys()].join(", ")}]`);
  return problems;
}

function locationProblems(d: CorpusDiagnostic, fileName: string, lineCount: number): string[] {
  const out: string[] = [];
  const column = d.column ?? d.col;
  if (typeof d.code !== "string" || !/^(TSMP\d{4}|TS\d{4,5})$/.test(d.code)) out.push(`bad code ${JSON.stringify(d.code)}`);
  if (typeof d.message !== "string" || d.message.trim() === "") out.push(`${d.code}: empty message`);
  if (typeof d.file !== "string" || d.file === "") out.push(`${d.code}: no file`);
  else if (!d.file.endsWith(fileName) && !d.file.includes("boards/types") && !d.file.startsWith("lib.")) out.push(`${d.code}: file ${d.file} is not the input`);
  if (!Number.isInteger(d.line) || (d.line as number) < 1 || (d.line as number) > lineCount + 1) out.push(`${d.code}: bad line ${String(d.line)}`);
  if (!Number.isInteger(column) || (column as number) < 1) out.push(`${d.code}: bad column ${String(column)}`);
  return out;
}

/** One fuzz input, end to end: compile it, check the answer, and have MicroPython compile an accepted main.py. */
export async function checkFuzzInput(
  compiler: CompilerApi,
  mp: MicroPython,
  i: number,
): Promise<{ input: ReturnType<typeof fuzzInput>; problems: string[]; answer?: CompileOutput; ms: number }> {
  const input = fuzzInput(i);
  const t0 = performance.now();
  let problems: string[];
  let answer: CompileOutput | undefined;
  try {
    answer = await compiler.compileSource(input.text, { fileName: "main.ts" });
    problems = checkAnswer(input.text, "main.ts", answer);
    if (answer.ok) {
      mp.globals.set("_fuzz_src", answer.files.get("main.py") ?? "");
      try {
        mp.runPython("compile(_fuzz_src, 'main.py', 'exec')");
      } catch (e) {
        problems.push(`accepted, but main.py is not valid Python: ${String((e as Error).message ?? e).trim().split("\n").pop()}`);
      }
    }
  } catch (e) {
    problems = [`compileSource threw: ${(e as Error).stack ?? String(e)}`];
  }
  return { input, problems, answer, ms: performance.now() - t0 };
}
