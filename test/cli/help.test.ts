/** `tsmp --help` lists every command, and every command answers `--help` with its own usage. */
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

const expected = ["build", "flash", "monitor", "ports", "firmware", "sim", "run", "broker", "demo"];

describe("tsmp --help", () => {
  it("lists every command", async () => {
    const result = await runCli(["--help"]);
    expect(result.code).toBe(0);
    for (const name of expected) expect(result.stdout).toMatch(new RegExp(`^\\s+${name}\\b`, "m"));
    expect(result.stdout).not.toContain("not implemented");
  });

  it.each(expected)("tsmp %s --help shows its usage", async (name) => {
    const result = await runCli([name, "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Usage: tsmp ${name}`);
  });

  it("an unknown command fails with exit code 1 and says so", async () => {
    const result = await runCli(["flsh"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/unknown command 'flsh'/);
  });
});
