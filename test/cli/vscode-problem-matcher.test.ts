/**
 * The VS Code tasks shipped with the example must put `tsmp build` diagnostics in the Problems
 * panel: run the real build on a broken project and parse its output with the problem matcher's
 * own regular expression from examples/light-status/.vscode/tasks.json.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

const example = join(import.meta.dirname, "..", "..", "examples", "light-status");
const repoBoards = join(import.meta.dirname, "..", "..", "boards", "tsconfig.board.json");

interface Matcher {
  fileLocation: [string, string];
  pattern: { regexp: string; file: number; line: number; column: number; severity: number; code: number; message: number };
}

function buildTaskMatcher(): Matcher {
  const tasks = JSON.parse(readFileSync(join(example, ".vscode", "tasks.json"), "utf8")) as {
    tasks: Array<{ label: string; problemMatcher: Matcher }>;
  };
  return tasks.tasks.find((t) => t.label === "tsmp: build")!.problemMatcher;
}

let project: string | undefined;
afterEach(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe("VS Code problem matcher of the example's tasks.json", () => {
  it("matches every TS and TSMP diagnostic of a failed build, with paths relative to the project", async () => {
    project = mkdtempSync(join(tmpdir(), "tsmp-matcher-"));
    mkdirSync(join(project, "src"));
    writeFileSync(join(project, "tsconfig.json"), JSON.stringify({ extends: repoBoards, include: ["src"] }));
    writeFileSync(
      join(project, "src", "main.ts"),
      ['import * as time from "time";', "time.sleep_ms(\"soon\");", 'const code = "1 + 1";', "eval(code);", ""].join("\n"),
    );
    // A dist/ from an earlier good build must survive a failed one.
    mkdirSync(join(project, "dist"));
    writeFileSync(join(project, "dist", "main.py"), "print('previous build')\n");

    const result = await runCli(["build", project]);
    expect(result.code).toBe(1);
    expect(readFileSync(join(project, "dist", "main.py"), "utf8")).toBe("print('previous build')\n");

    const matcher = buildTaskMatcher();
    expect(matcher.fileLocation).toEqual(["relative", "${workspaceFolder}"]);
    const re = new RegExp(matcher.pattern.regexp);
    const diagnosticLines = result.stderr.split("\n").filter((l) => /\berror (TS|TSMP)\d+/.test(l));
    expect(diagnosticLines.length).toBeGreaterThanOrEqual(1);
    const problems = diagnosticLines.map((line) => {
      const m = re.exec(line);
      expect(m, `problem matcher does not match: ${line}`).not.toBeNull();
      return {
        file: m![matcher.pattern.file],
        line: Number(m![matcher.pattern.line]),
        column: Number(m![matcher.pattern.column]),
        severity: m![matcher.pattern.severity],
        code: m![matcher.pattern.code],
      };
    });
    for (const p of problems) {
      expect(existsSync(join(project, p.file!)), `${p.file} relative to the workspace folder`).toBe(true);
      expect(p.severity).toBe("error");
    }
    // The type error is reported first (type check runs before the subset checks) at line 2.
    expect(problems[0]).toMatchObject({ file: "src/main.ts", line: 2, code: "TS2345" });
  });

  it("matches a TSMP refusal too", async () => {
    project = mkdtempSync(join(tmpdir(), "tsmp-matcher-"));
    writeFileSync(join(project, "tsconfig.json"), JSON.stringify({ extends: repoBoards, include: ["src"] }));
    mkdirSync(join(project, "src"));
    writeFileSync(join(project, "src", "main.ts"), ['const code: string = "1 + 1";', "console.log(eval(code));", ""].join("\n"));
    const result = await runCli(["build", project]);
    expect(result.code).toBe(1);
    const re = new RegExp(buildTaskMatcher().pattern.regexp);
    const refusal = result.stderr.split("\n").map((l) => re.exec(l)).find((m) => m && m[5]!.startsWith("TSMP"));
    expect(refusal, result.stderr).toBeTruthy();
    expect(refusal![1]).toBe("src/main.ts");
    expect(Number(refusal![2])).toBe(2);
    expect(refusal![6]).toMatch(/eval/);
  });
});
