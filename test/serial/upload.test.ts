/**
 * Uploads end to end over a real pty, against the CPython stand-in board (raw-paste, deflate,
 * a flash folder on disk): first flash, unchanged re-flash, incremental change, deletion, --clean,
 * what is and is not sent, and the 100 uploads cut at random bytes (+ board resets) that must
 * leave every file whole-old or whole-new and a board that boots.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { flashProject, SerialTransport } from "../../cli/serial/index.ts";
import { TsmpError } from "../../cli/errors.ts";
import { distMaker, lines, twoVersions } from "./helpers/upload-fixtures.ts";
import { startStandInBoard, type StandInBoard } from "./helpers/cpython-board.ts";

const work = mkdtempSync(join(tmpdir(), "tsmp-upload-"));
let board: StandInBoard;
beforeAll(async () => {
  mkdirSync(join(work, "fs"));
  board = await startStandInBoard(join(work, "fs"));
});
afterAll(async () => {
  await board?.stop();
  rmSync(work, { recursive: true, force: true });
});

const dist = distMaker(work);
const onBoard = (path: string): string | undefined => {
  const full = join(board.fsDir, path);
  return existsSync(full) ? readFileSync(full, "utf8") : undefined;
};

describe("flashProject", () => {
  it("uploads every file (not source maps), then only what changed, removes deleted files, and --clean resends all", async () => {
    const v1 = { "main.py": `print("hello v1")\n${lines(80, "main1")}`, "boot.py": "x = 1\n", "lib/util.py": lines(40, "util1"), "main.py.map.json": "{}" };
    const first = await flashProject(board.path, dist(v1));
    expect(first.sent.sort()).toEqual(["boot.py", "lib/util.py", "main.py"]);
    expect(first.rawPaste).toBe(true);
    expect(first.compressed).toBe(true);
    for (const p of ["main.py", "boot.py", "lib/util.py"]) expect(onBoard(p)).toBe(v1[p as keyof typeof v1]);
    expect(onBoard("main.py.map.json")).toBeUndefined();
    // Deflate pays: the same upload sent plain puts more on the wire.
    const plain = await flashProject(board.path, dist(v1), { clean: true, compress: false });
    expect(plain.compressed).toBe(false);
    expect(first.wireBytesOut).toBeLessThan(plain.wireBytesOut * 0.8);

    const again = await flashProject(board.path, dist(v1));
    expect(again.filesSent).toBe(0);
    expect(again.filesSkipped).toBe(3);
    expect(again.wireBytes).toBeLessThan(1024);

    const v2 = { "main.py": `print("hello v2")\n${lines(80, "main1")}`, "lib/util.py": lines(40, "util1"), "lib/new.py": "y = 2\n" };
    const second = await flashProject(board.path, dist(v2));
    expect(second.sent.sort()).toEqual(["lib/new.py", "main.py"]);
    expect(second.removed).toEqual(["boot.py"]);
    expect(onBoard("boot.py")).toBeUndefined();
    expect(onBoard("main.py")).toBe(v2["main.py"]);
    expect(onBoard("lib/new.py")).toBe("y = 2\n");
    const manifest = JSON.parse(onBoard(".tsmp-manifest.json")!) as { files: string[] };
    expect(manifest.files).toEqual(["lib/new.py", "lib/util.py", "main.py"]);

    const clean = await flashProject(board.path, dist(v2), { clean: true });
    expect(clean.filesSent).toBe(3);
  });

  it("does not delete files on the board that tsmp did not write", async () => {
    writeFileSync(join(board.fsDir, "user-data.txt"), "keep me");
    await flashProject(board.path, dist({ "main.py": "print(1)\n" }));
    expect(onBoard("user-data.txt")).toBe("keep me");
  });

  it("repairs a file changed behind its back (compares real hashes, not just the manifest)", async () => {
    const tree = { "main.py": "print('repair me')\n" };
    await flashProject(board.path, dist(tree));
    writeFileSync(join(board.fsDir, "main.py"), "garbage");
    const report = await flashProject(board.path, dist(tree));
    expect(report.sent).toEqual(["main.py"]);
    expect(onBoard("main.py")).toBe(tree["main.py"]);
  });

  it("sends plain (uncompressed) when told to, still verified", async () => {
    const tree = { "main.py": `print('plain')\n${lines(30, "plain")}` };
    const report = await flashProject(board.path, dist(tree), { compress: false, clean: true });
    expect(report.compressed).toBe(false);
    expect(onBoard("main.py")).toBe(tree["main.py"]);
  });

  it("leaves every file whole-old or whole-new when an upload is cut at any byte or the board resets, and the next flash repairs", async () => {
    const { versions, all } = twoVersions({ main: 40, a: 60 });
    const dirs = versions.map((v) => dist(v));
    await flashProject(board.path, dirs[0]!, { reset: false });
    // The wire length of a full A→B upload bounds the cut offsets.
    // Half the rounds send deflated, half plain (more chunks per file): the wire length of a full
    // A→B / B→A upload in each mode bounds the cut offsets (the final 2 bytes only leave the raw REPL).
    const spans: number[] = [];
    for (const compress of [true, false]) {
      const ab = await flashProject(board.path, dirs[1]!, { reset: false, compress });
      const ba = await flashProject(board.path, dirs[0]!, { reset: false, compress });
      spans.push(Math.min(ab.wireBytesOut, ba.wireBytesOut) - 2);
    }
    let current = 0;
    const rounds = 12;
    let cutBeforeCommit = 0;
    let cutAfterCommit = 0;
    for (let i = 0; i < rounds; i++) {
      const target = 1 - current;
      // Stratified: round i cuts somewhere in the i-th slice of the upload, so every part is hit.
      const compress = i % 2 === 0;
      const span = spans[compress ? 0 : 1]!;
      const cutAt = 1 + Math.floor(((Math.floor(i / 2) * 2 + Math.random() * 2) / rounds) * (span - 1));
      const error = await flashProject(board.path, dirs[target]!, { reset: false, compress, transport: { cutAfterBytes: cutAt } }).catch((e: unknown) => e);
      expect(error, `round ${i}: cut at ${cutAt} of ${span}`).toBeInstanceOf(TsmpError);
      expect((error as TsmpError).code).toBe("PORT_VANISHED");
      // Half the time the board also resets right away (kills whatever it was running).
      if (i % 2 === 0) await board.reset();
      for (const path of all) {
        const text = onBoard(path);
        const allowed = versions.map((v) => v[path]);
        expect(allowed, `round ${i} (cut at ${cutAt}): ${path} is neither version`).toContain(text);
      }
      // The board still boots: boot.py and main.py are there and run.
      expect(onBoard("boot.py")).toBeDefined();
      expect(onBoard("main.py")).toBeDefined();
      if (onBoard("main.py") === versions[target]!["main.py"]) cutAfterCommit++;
      else cutBeforeCommit++;
      // Repair: a full flash brings exactly the target version.
      const repair = await flashProject(board.path, dirs[target]!, { reset: i % 10 === 0 });
      for (const path of all) expect(onBoard(path), `round ${i}: repair of ${path}`).toBe(versions[target]![path]);
      if (i % 10 === 0) expect(repair.rawPaste).toBe(true);
      current = target;
    }
    // The random cuts landed on both sides of the commit.
    expect(cutBeforeCommit).toBeGreaterThan(0);
    expect(cutBeforeCommit + cutAfterCommit).toBe(rounds);
  }, 120_000);

  it("refuses an empty or missing build folder before opening the port", async () => {
    const error = (await flashProject("/dev/does-not-matter", join(work, "nope")).catch((e: unknown) => e)) as TsmpError;
    expect(error.code).toBe("BAD_ARGUMENT");
    expect(error.hint).toContain("tsmp build");
  });

  it("boots the uploaded program after the soft reset", async () => {
    await flashProject(board.path, dist({ "main.py": "print('booted ok')\n" }));
    const t = await SerialTransport.open(board.path);
    try {
      const seen: Buffer[] = [];
      t.onData((c) => seen.push(c));
      await t.write("\x04");
      await new Promise((r) => setTimeout(r, 300));
      expect(Buffer.concat(seen).toString()).toContain("booted ok");
    } finally {
      await t.close();
    }
  });
});

describe("flashProject cancelled", () => {
  it("stops between commands when the signal fires, keeps files whole, and restarts the board", async () => {
    const fs2 = mkdtempSync(join(tmpdir(), "tsmp-cancel-"));
    const b = await startStandInBoard(fs2);
    try {
      const dir = mkdtempSync(join(tmpdir(), "tsmp-cancel-dist-"));
      writeFileSync(join(dir, "main.py"), "print('v1')\n");
      await flashProject(b.path, dir);
      writeFileSync(join(dir, "main.py"), `print('v2')\n${"# filler line\n".repeat(4000)}`);
      const abort = new AbortController();
      const error = (await flashProject(b.path, dir, {
        signal: abort.signal,
        onProgress: (p) => {
          if (p.phase === "sending" && p.done > 0) abort.abort();
        },
      }).catch((e: unknown) => e)) as TsmpError;
      expect(error).toBeInstanceOf(TsmpError);
      expect(error.message).toContain("upload cancelled");
      expect(readFileSync(join(fs2, "main.py"), "utf8")).toBe("print('v1')\n");
      rmSync(dir, { recursive: true, force: true });
    } finally {
      await b.stop();
      rmSync(fs2, { recursive: true, force: true });
    }
  });
});

describe("flashProject on a full board", () => {
  it("says the flash is full, keeps the old files, and cleans up its temporary files on the next flash", async () => {
    const fs3 = mkdtempSync(join(tmpdir(), "tsmp-full-"));
    const b = await startStandInBoard(fs3, 128, undefined, 6000);
    const dir = mkdtempSync(join(tmpdir(), "tsmp-full-dist-"));
    try {
      writeFileSync(join(dir, "main.py"), "print('small')\n");
      await flashProject(b.path, dir);
      // Small on the wire, but inflated on the board it needs more than the flash has left.
      writeFileSync(join(dir, "main.py"), `print('big')\n# ${createHash("sha512").update("x").digest("hex").repeat(100)}\n`);
      const error = (await flashProject(b.path, dir).catch((e: unknown) => e)) as TsmpError;
      expect(error).toBeInstanceOf(TsmpError);
      expect(error.message).toContain("flash is full");
      expect(error.hint).toContain("remove files");
      expect(readFileSync(join(fs3, "main.py"), "utf8")).toBe("print('small')\n");
      writeFileSync(join(dir, "main.py"), "print('fits again')\n");
      await flashProject(b.path, dir);
      expect(readFileSync(join(fs3, "main.py"), "utf8")).toBe("print('fits again')\n");
      expect(existsSync(join(fs3, "main.py.tsmp-new")) || existsSync(join(fs3, "main.py.tsmp-z"))).toBe(false);
    } finally {
      await b.stop();
      rmSync(fs3, { recursive: true, force: true });
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
