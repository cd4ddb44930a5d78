/**
 * The monitor: console rewriting (tracebacks → TypeScript positions, timestamps, reset notices) as a
 * pure transformer, and the real thing over a pty against the CPython stand-in board: typing into
 * the REPL with piped stdin, --reset, Ctrl-] in the input, ended stdin, --log, and surviving a re-plug.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConsoleRewriter, resetReason } from "../../cli/serial/console-rewriter.ts";
import { isPseudoTerminal, monitor } from "../../cli/serial/monitor.ts";
import { startStandInBoard, type StandInBoard } from "./helpers/cpython-board.ts";
import { openPtyPair } from "./helpers/pty-pair.ts";

describe("ConsoleRewriter", () => {
  const rewrite = (line: string) => line.replace(/File "main\.py", line (\d+)/, (_, n: string) => `src/main.ts:${Number(n) * 2}:5`);

  it("rewrites traceback file lines, even when they arrive in pieces", () => {
    const r = new ConsoleRewriter({ rewrite });
    let out = "";
    for (const piece of ["Traceback (most recent call last):\r\n", "  Fi", 'le "main.py", li', "ne 3, in <module>\r\n", "ValueError: bad\r\n"]) out += r.push(piece);
    expect(out).toBe("Traceback (most recent call last):\r\n  src/main.ts:6:5, in <module>\r\nValueError: bad\r\n");
  });

  it("passes a prompt on at once (no newline needed)", () => {
    const r = new ConsoleRewriter({ rewrite });
    expect(r.push(">>> ")).toBe(">>> ");
    expect(r.push("  ")).toBe("  ");
  });

  it("stamps each line start once", () => {
    const r = new ConsoleRewriter({ timestamps: true, now: () => new Date(2026, 0, 1, 9, 5, 7, 42) });
    expect(r.push("a\r\nb") + r.push("c\r\n")).toBe("[09:05:07.042] a\r\n[09:05:07.042] bc\r\n");
  });

  it("reports resets with their reason", () => {
    const seen: string[] = [];
    const r = new ConsoleRewriter({ onReset: (why) => seen.push(why) });
    r.push("ets Jun  8 2016 00:22:57\r\n\r\nrst:0xc (SW_CPU_RESET),boot:0x13 (SPI_FAST_FLASH_BOOT)\r\n");
    r.push("MPY: soft ");
    r.push("reboot\r\n");
    expect(seen).toEqual(["SW_CPU_RESET (0xc)", "soft reboot"]);
    expect(resetReason("hello")).toBeUndefined();
  });
});

describe("isPseudoTerminal", () => {
  it("never reconnects to a bare /dev/pts/N (the number goes to the next terminal), but does to links and USB ports", async () => {
    expect(isPseudoTerminal("/dev/ttyUSB0")).toBe(false);
    expect(isPseudoTerminal("/tmp/tsmp-board")).toBe(false);
    const pair = await openPtyPair();
    expect(isPseudoTerminal(pair.host)).toBe(true);
    const statuses: string[] = [];
    const started = Date.now();
    const running = monitor(pair.host, { input: Readable.from([]), output: new PassThrough(), status: (s) => statuses.push(s), exitAfterMs: 10_000 });
    setTimeout(() => void pair.stop(), 300);
    await running;
    expect(Date.now() - started).toBeLessThan(5000);
    expect(statuses.at(-1)).toContain("went away");
    expect(statuses.at(-1)).toContain("--link");
  });
});

describe("monitor on a board", () => {
  const work = mkdtempSync(join(tmpdir(), "tsmp-monitor-"));
  let board: StandInBoard;
  beforeAll(async () => {
    mkdirSync(join(work, "fs"));
    writeFileSync(join(work, "fs", "main.py"), "print('main running')\n");
    board = await startStandInBoard(join(work, "fs"), 128, join(work, "ttyBOARD"));
  });
  afterAll(async () => {
    await board?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  function capture(): { stream: PassThrough; text: () => string } {
    const stream = new PassThrough();
    let text = "";
    stream.on("data", (c: Buffer) => (text += c.toString()));
    return { stream, text: () => text };
  }

  it("forwards piped keystrokes to the REPL and shows the answer", async () => {
    const out = capture();
    const input = new PassThrough();
    const statuses: string[] = [];
    const running = monitor(board.path, { input, output: out.stream, status: (s) => statuses.push(s), exitOn: "42", exitAfterMs: 8000 });
    setTimeout(() => input.write("print(6*7)\n"), 200);
    await running;
    expect(out.text()).toContain("42");
    expect(statuses[0]).toContain(`monitoring ${board.path}`);
  });

  it("--reset soft-resets, shows the reason and the program's output, and logs to a file", async () => {
    const out = capture();
    const statuses: string[] = [];
    const log = join(work, "console.log");
    await monitor(board.path, { input: Readable.from([]), output: out.stream, status: (s) => statuses.push(s), reset: true, logFile: log, exitOn: "main running", exitAfterMs: 8000 });
    expect(out.text()).toContain("main running");
    expect(statuses).toContain("board reset: soft reboot");
    expect(readFileSync(log, "utf8")).toContain("main running");
  });

  it("rewrites a traceback from the board to the TypeScript position through the project's source maps", async () => {
    const mapsDir = join(work, "project", ".tsmp", "maps");
    mkdirSync(mapsDir, { recursive: true });
    writeFileSync(join(mapsDir, "main.py.map.json"), JSON.stringify({ version: 1, file: "main.py", source: "src/main.ts", lines: [[1, 1], [4, 9], null] }));
    writeFileSync(join(board.fsDir, "main.py"), "x = 1\nraise ValueError('soil sensor missing')\n");
    const out = capture();
    try {
      await monitor(board.path, { input: Readable.from([]), output: out.stream, status: () => {}, reset: true, mapsDir, exitOn: "soil sensor missing", exitAfterMs: 8000 });
    } finally {
      writeFileSync(join(board.fsDir, "main.py"), "print('main running')\n");
    }
    expect(out.text()).toContain('File "src/main.ts:4:9"');
    expect(out.text()).toContain("ValueError: soil sensor missing");
  });

  it("keeps streaming after stdin ends, until --exit-after", async () => {
    const started = Date.now();
    await monitor(board.path, { input: Readable.from([]), output: capture().stream, status: () => {}, exitAfterMs: 700 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(650);
  });

  it("quits on Ctrl-] in the input", async () => {
    const input = new PassThrough();
    const running = monitor(board.path, { input, output: capture().stream, status: () => {}, exitAfterMs: 10000 });
    const started = Date.now();
    setTimeout(() => input.write(Buffer.from([0x1d])), 200);
    await running;
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("survives a USB re-plug: waits, reopens the same path, shows the power-on reset", async () => {
    const out = capture();
    const statuses: string[] = [];
    const input = new PassThrough();
    const running = monitor(board.path, { input, output: out.stream, status: (s) => statuses.push(s), exitAfterMs: 15000, exitOn: "after replug" });
    await new Promise((r) => setTimeout(r, 300));
    await board.unplug();
    await new Promise((r) => setTimeout(r, 500));
    await board.replug();
    // Type once reconnected.
    const until = Date.now() + 8000;
    while (!statuses.some((s) => s.startsWith("reconnected")) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    input.write("print('after ' + 'replug')\n");
    await running;
    expect(statuses.some((s) => s.includes("disconnected"))).toBe(true);
    expect(statuses).toContain(`reconnected to ${board.path}`);
    expect(statuses).toContain("board reset: POWERON_RESET (0x1)");
    expect(out.text()).toContain("after replug");
  });
});
