/** `tsmp demo` as a user runs it: broker, virtual board, build, flash, messages visible, exit 0. */
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

describe("tsmp demo", () => {
  it("shows the board's console and the messages a subscriber receives, then cleans up", async () => {
    const result = await runCli(["demo", "--seconds", "20"], { timeoutMs: 120_000 });
    // On failure, show what the user would have seen.
    expect(result.stderr, result.stdout).toBe("");
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toMatch(/^board +│ WiFi: connected, address \d+\.\d+\.\d+\.\d+$/m);
    expect(result.stdout).toMatch(/^board +│ MQTT: connected to 127\.0\.0\.1:\d+/m);
    const published = result.stdout.match(/^mqtt +│ [0-9a-f]{12}\/home\/living_room\/light \{"light":"(on|off)","count":\d+\}$/gm) ?? [];
    expect(published.length).toBeGreaterThanOrEqual(2);
    expect(result.stdout).toMatch(/^board +│ received \{"light":"on","count":1\} on [0-9a-f]{12}\/home\/living_room\/light$/m);
    const summary = /^demo +│ (\d+) messages received in 20 s$/m.exec(result.stdout);
    expect(Number(summary?.[1])).toBe(published.length);
  }, 150_000);

  it("refuses a bad --seconds value", async () => {
    const result = await runCli(["demo", "--seconds", "soon"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("--seconds must be a positive number, got 'soon'");
  });
});
