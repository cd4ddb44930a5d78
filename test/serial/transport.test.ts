/**
 * The raw-REPL / raw-paste protocol, against a scripted board on a real pty pair (socat):
 * raw-paste with flow control, refusal, old boards, errors, silence, busy and vanished ports.
 */
import { afterEach, describe, expect, it } from "vitest";
import { SerialTransport, BoardExecError } from "../../cli/serial/index.ts";
import { TsmpError } from "../../cli/errors.ts";
import { openPtyPair, type PtyPair } from "./helpers/pty-pair.ts";
import { ScriptedBoard, type ScriptedBoardOptions } from "./helpers/scripted-board.ts";

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup(options: ScriptedBoardOptions = {}, open = true): Promise<{ pair: PtyPair; board: ScriptedBoard; t: SerialTransport }> {
  const pair = await openPtyPair();
  cleanups.push(() => pair.stop());
  const board = await ScriptedBoard.attach(pair.device, options);
  cleanups.push(() => board.close());
  const t = open ? await SerialTransport.open(pair.host) : (undefined as unknown as SerialTransport);
  if (open) cleanups.push(() => t.close());
  return { pair, board, t };
}

/** A tiny "interpreter": `print(X)` prints X, `raise X` fails with X. */
const echo = (code: string) => {
  const raise = /^raise (.*)$/m.exec(code);
  if (raise) return { stderr: `Traceback (most recent call last):\r\n  File "<stdin>", line 1, in <module>\r\n${raise[1]}\r\n` };
  const prints = [...code.matchAll(/print\((?:repr\()?(.*?)\)?\)$/gm)].map((m) => m[1]);
  return { stdout: prints.map((p) => `${p}\r\n`).join("") };
};

async function expectTsmpError(promise: Promise<unknown>, code: string): Promise<TsmpError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TsmpError);
  expect((error as TsmpError).code).toBe(code);
  return error as TsmpError;
}

describe("SerialTransport", () => {
  it("enters the raw REPL and runs code with raw-paste, respecting the flow-control window", async () => {
    const { board, t } = await setup({ paste: "paste", window: 32, run: echo });
    const big = `x = '${"a".repeat(5000)}'\nprint(42)`;
    expect(await t.exec(big)).toBe("42\r\n");
    expect(t.mode).toBe("paste");
    expect(board.executed).toEqual([big]);
    expect(board.violations).toEqual([]);
    // Every byte of the code crossed once, plus the raw-paste framing.
    expect(t.bytesOut).toBeGreaterThan(big.length);
    expect(t.bytesOut).toBeLessThan(big.length + 40);
    expect(await t.eval("7")).toBe("7");
  });

  it("ends the code when the board asks to stop mid raw-paste, and reports the board's error", async () => {
    const { board, t } = await setup({ paste: "paste", window: 32, stopAfter: 100, run: echo });
    const error = (await t.exec(`x = '${"b".repeat(3000)}'`).catch((e: unknown) => e)) as BoardExecError;
    expect(error).toBeInstanceOf(BoardExecError);
    expect(error.stderr).toContain("MemoryError");
    expect(board.executed[0]!.length).toBe(100);
    // The host stopped once the board asked: at most the windows already granted were in flight.
    expect(board.droppedAfterStop).toBeLessThanOrEqual(2 * 32);
    expect(board.violations).toEqual([]);
  });

  it("falls back to the plain raw REPL when the board answers R\\x00", async () => {
    const { board, t } = await setup({ paste: "refuse", run: echo });
    expect(await t.exec("print(1)")).toBe("1\r\n");
    expect(t.mode).toBe("raw");
    expect(await t.exec("print(2)")).toBe("2\r\n");
    expect(board.executed).toEqual(["print(1)", "print(2)"]);
    // Once refused, raw-paste is not asked again.
    const requests = Buffer.concat(board.received).toString("latin1").split("\x05A\x01").length - 1;
    expect(requests).toBe(1);
  });

  it("falls back when an old board does not know raw-paste (answers with the banner again)", async () => {
    const { board, t } = await setup({ paste: "old", run: echo });
    expect(await t.exec("print(3)")).toBe("3\r\n");
    expect(t.mode).toBe("raw");
    expect(board.executed).toEqual(["print(3)"]);
  });

  it("turns a Python exception on the board into BoardExecError with the traceback", async () => {
    const { t } = await setup({ run: echo });
    const error = await t.exec("raise OSError: [Errno 2] ENOENT").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BoardExecError);
    expect((error as BoardExecError).message).toContain("OSError: [Errno 2] ENOENT");
    expect((error as BoardExecError).stderr).toContain("Traceback");
    // The session is still usable afterwards.
    expect(await t.exec("print(5)")).toBe("5\r\n");
  });

  it("soft-resets from the friendly REPL so main.py runs", async () => {
    const { board, t } = await setup({ run: echo });
    await t.exec("print(1)");
    await t.softReset();
    expect(board.softResets).toBe(1);
    const sent = Buffer.concat(board.received).toString("latin1");
    expect(sent.endsWith("\r\x02\x04")).toBe(true);
  });

  it("says NO_PROMPT within 5 s, naming the port, when the device never answers", async () => {
    const { pair } = await setup({ paste: "silent" }, false);
    const t = await SerialTransport.open(pair.host, { promptTimeoutMs: 2000 });
    cleanups.push(() => t.close());
    const started = Date.now();
    const error = await expectTsmpError(t.enterRawRepl(), "NO_PROMPT");
    expect(Date.now() - started).toBeLessThan(5000);
    expect(error.message).toContain(pair.host);
    expect(error.hint).toContain("--firmware");
  });

  it("with the default timeout gives up within 5 s", async () => {
    const { pair } = await setup({ paste: "silent" }, false);
    const t = await SerialTransport.open(pair.host);
    cleanups.push(() => t.close());
    const started = Date.now();
    await expectTsmpError(t.enterRawRepl(), "NO_PROMPT");
    expect(Date.now() - started).toBeLessThanOrEqual(5500);
  });

  it("says the port is busy when another program holds it", async () => {
    const { pair } = await setup({ run: echo });
    const error = await expectTsmpError(SerialTransport.open(pair.host), "PORT_BUSY");
    expect(error.message).toContain(pair.host);
  });

  it("says PORT_NOT_FOUND for a path that does not exist", async () => {
    const error = await expectTsmpError(SerialTransport.open("/dev/ttyUSB-tsmp-missing"), "PORT_NOT_FOUND");
    expect(error.hint).toContain("tsmp ports");
  });

  it("says PORT_VANISHED when the link goes away in the middle of a command", async () => {
    const { pair, t } = await setup({ run: () => null, paste: "paste", window: 16 });
    await t.enterRawRepl();
    const pending = t.exec("while True: pass", 10000);
    setTimeout(() => void pair.stop(), 100);
    await expectTsmpError(pending, "PORT_VANISHED");
  });
});
