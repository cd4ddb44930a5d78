/**
 * Uploads against the real virtual board (sim/: MicroPython WebAssembly behind a pty, flash folder
 * on disk), through the same code path as /dev/ttyUSB0: first flash, unchanged re-flash (≤ 1 KB on
 * the wire), incremental change and deletion, the program boots; then 100 uploads cut at random
 * bytes, the sim power-cycled on the same flash folder after every tenth (the sim writes its flash folder through on every close and rename, so the folder is what a reset would find), every file checked
 * whole-old or whole-new, boot.py/main.py still booting, and a final flash repairing everything.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { flashProject, monitor, SerialTransport, type FlashReport } from "../../cli/serial/index.ts";
import { TsmpError } from "../../cli/errors.ts";
import { startSim, type Sim } from "../../sim/index.ts";
import { holdersOf } from "./helpers/pty-holders.ts";
import { distMaker, lines, twoVersions } from "./helpers/upload-fixtures.ts";
import { PassThrough, Readable } from "node:stream";

const work = mkdtempSync(join(tmpdir(), "tsmp-sim-upload-"));
const fsDir = join(work, "flash");
let sim: Sim;
beforeAll(async () => {
  sim = await startSim({ fsDir });
});
afterAll(async () => {
  await sim?.stop();
  rmSync(work, { recursive: true, force: true });
});

const dist = distMaker(work);
const onBoard = (path: string): string | undefined => (existsSync(join(fsDir, path)) ? readFileSync(join(fsDir, path), "utf8") : undefined);

/** Waits for the freshly started sim to reach a MicroPython prompt (loading WebAssembly on a busy machine can take seconds). */
async function bootedToPrompt(): Promise<void> {
  const t = await SerialTransport.open(sim.path, { promptTimeoutMs: 60_000 });
  try {
    await t.enterRawRepl();
    await t.exitRawRepl();
  } finally {
    await t.close();
  }
}

/** `tsmp monitor --reset`: the console from opening the port until `until` matches what it showed. */
async function consoleAfterReset(until: RegExp): Promise<string> {
  const out = new PassThrough();
  const stop = new AbortController();
  let text = "";
  out.on("data", (c: Buffer) => {
    text += c.toString();
    if (until.test(text)) stop.abort();
  });
  await monitor(sim.path, { input: Readable.from([]), output: out, status: () => {}, reset: true, signal: stop.signal, exitAfterMs: 10000 });
  return text;
}

describe("flashProject on the virtual board", () => {
  it("flashes, re-flashes nothing when unchanged, sends only changes, removes deleted files, and the program boots", async () => {
    const v1 = { "boot.py": "print('boot v1')\n", "main.py": `import lib.util\nprint('main v1', lib.util.X)\n${lines(30, "m1")}`, "lib/util.py": `X = 41\n${lines(60, "u1")}` };
    const first = await flashProject(sim.path, dist(v1));
    expect(first.sent.sort()).toEqual(["boot.py", "lib/util.py", "main.py"]);
    expect(first.rawPaste).toBe(true);
    expect(first.compressed).toBe(true);
    for (const [p, text] of Object.entries(v1)) expect(onBoard(p)).toBe(text);

    const again = await flashProject(sim.path, dist(v1));
    expect(again.filesSent).toBe(0);
    expect(again.wireBytes).toBeLessThanOrEqual(1024);

    const v2 = { "main.py": `import lib.util\nprint('main v2', lib.util.X + 1)\n${lines(30, "m1")}`, "lib/util.py": v1["lib/util.py"] };
    const second = await flashProject(sim.path, dist(v2));
    expect(second.sent).toEqual(["main.py"]);
    expect(second.removed).toEqual(["boot.py"]);
    expect(onBoard("boot.py")).toBeUndefined();
    expect(await consoleAfterReset(/main v2 42/)).toContain("main v2 42");
  });

  it("survives 100 uploads cut at random bytes (and power cycles): every file whole-old or whole-new, the board boots, the next flash repairs", async () => {
    const { versions, all } = twoVersions({ main: 30, a: 50 });
    const dirs = versions.map((v) => dist(v));
    await flashProject(sim.path, dirs[0]!, { reset: false });
    // Half the rounds send deflated, half plain (more chunks per file): the wire length of a full
    // A→B / B→A upload in each mode bounds the cut offsets (the final 2 bytes only leave the raw REPL).
    const spans: number[] = [];
    for (const compress of [true, false]) {
      const ab = await flashProject(sim.path, dirs[1]!, { reset: false, compress });
      const ba = await flashProject(sim.path, dirs[0]!, { reset: false, compress });
      spans.push(Math.min(ab.wireBytesOut, ba.wireBytesOut) - 2);
    }
    let target = 0;
    const outcomes = { old: 0, new: 0 };
    let foreignRetries = 0;
    for (let i = 0; i < 100; i++) {
      target = 1 - target;
      // Rounds go in pairs: the first sends B (the board keeps A until a cut lands after the
      // commit), the second A again (usually nothing left to send). Pair k cuts in the k-th 2%
      // slice of the upload (stratified, so every part is hit), deflated for even k and plain for
      // odd k (alternating per round, plain would only ever re-send A: no plain upload got cut).
      const compress = Math.floor(i / 2) % 2 === 0;
      const span = spans[compress ? 0 : 1]!;
      const cutAt = 1 + Math.floor(((Math.floor(i / 2) * 2 + Math.random() * 2) / 100) * (span - 1));
      const result = await flashProject(sim.path, dirs[target]!, { reset: false, compress, transport: { cutAfterBytes: cutAt } }).catch((e: unknown) => e);
      if (result instanceof TsmpError && result.code === "PORT_BUSY" && foreignRetries < 5) {
        // Another program on this shared machine opened a reused /dev/pts number. Our own handle
        // would be a bug: only a foreign holder (the sim's own child excepted) is retried on a fresh pty.
        const holders = holdersOf(sim.path).filter((pid) => pid !== process.pid);
        expect(holdersOf(sim.path), `round ${i}: our own process still holds ${sim.path}`).not.toContain(process.pid);
        console.warn(`round ${i}: ${sim.path} held by pids ${holders.join(", ")}; power-cycling onto a fresh pty and redoing the round`);
        foreignRetries++;
        await sim.stop();
        sim = await startSim({ fsDir });
        await bootedToPrompt();
        i--;
        target = 1 - target;
        continue;
      }
      if (result instanceof TsmpError) expect(result.code, `round ${i}: cut at ${cutAt} of ${span}: ${result.message}`).toBe("PORT_VANISHED");
      // An upload with little left to do may finish before the cut offset.
      else expect((result as FlashReport).wireBytesOut, `round ${i}: finished though cut at ${cutAt}`).toBeLessThan(cutAt);
      if (i % 10 === 0) {
        // Power cycle: the board stops wherever it was; then it boots from the same flash.
        await sim.stop();
        sim = await startSim({ fsDir });
        await bootedToPrompt();
      }
      for (const path of all) {
        expect(versions.map((v) => v[path]), `round ${i} (cut at ${cutAt}): ${path} is neither version`).toContain(onBoard(path));
      }
      expect(onBoard("boot.py")).toBeDefined();
      expect(onBoard("main.py")).toBeDefined();
      outcomes[onBoard("main.py") === versions[target]!["main.py"] ? "new" : "old"]++;
      if (i % 20 >= 18) {
        // boot.py and main.py each run (each whole, possibly of different versions), the monitor's
        // reset being the first thing the board hears after the cut (in rounds 18, 38, …: an upload
        // of B cut part-way, usually inside a command). The flash is read once the
        // board has rebooted, not before: a cut just after the last byte of a command (the commit's
        // renames, say) leaves the board running it after the host saw the link go, as a real board
        // would, so a folder read before the reset can be one command behind what the board boots.
        const shown = (await consoleAfterReset(/soft reboot[\s\S]*main [AB]\r?\n/)).replace(/^[\s\S]*soft reboot/, "");
        const mainTag = onBoard("main.py") === versions[0]!["main.py"] ? "A" : "B";
        const bootTag = onBoard("boot.py") === versions[0]!["boot.py"] ? "A" : "B";
        expect(shown, `round ${i} (cut at ${cutAt})`).toContain(`boot ${bootTag}`);
        expect(shown, `round ${i} (cut at ${cutAt})`).toContain(`main ${mainTag}`);
      }
      if (i % 20 === 19) {
        await flashProject(sim.path, dirs[target]!, { reset: false });
        for (const path of all) expect(onBoard(path), `round ${i}: repair of ${path}`).toBe(versions[target]![path]);
      }
    }
    expect(outcomes.old).toBeGreaterThan(10);
    expect(outcomes.new).toBeGreaterThan(0);
  }, 150_000);
});
