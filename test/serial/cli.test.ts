/**
 * The commands as users run them (`node bin/tsmp.js …` in a child process, real exit codes and
 * the exact text on stderr): flash to the virtual board, a compile error that never touches the
 * port, no port found, permission denied, `ports`, and `monitor` with stdin from /dev/null.
 */
import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSim, type Sim } from "../../sim/index.ts";
import { openPtyPair, type PtyPair } from "./helpers/pty-pair.ts";
import { ScriptedBoard } from "./helpers/scripted-board.ts";

const repo = join(import.meta.dirname, "..", "..");
const work = mkdtempSync(join(tmpdir(), "tsmp-cli-serial-"));
chmodSync(work, 0o755);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}
/**
 * Runs the real CLI. `withoutFileOverride` runs it as root but without the capabilities that let
 * root open any file (setpriv from util-linux), so a port's permission bits apply to it — the way
 * they apply to a user outside the dialout group — while the checkout stays readable wherever it is.
 */
function tsmp(args: string[], options: { withoutFileOverride?: boolean; stdinNull?: boolean } = {}): Promise<Run> {
  return new Promise((resolve) => {
    const command = [process.execPath, join(repo, "bin", "tsmp.js"), ...args];
    if (options.withoutFileOverride) command.unshift("setpriv", "--bounding-set=-dac_override,-dac_read_search", "--");
    const child = spawn(command[0]!, command.slice(1), {
      cwd: work,
      env: { ...process.env, FORCE_COLOR: "0" },
      stdio: [options.stdinNull ? openSync("/dev/null", "r") : "pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout!.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr!.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("exit", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

function project(name: string, files: Record<string, string>): string {
  const dir = join(work, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

let sim: Sim;
const flashDir = join(work, "flash");
beforeAll(async () => {
  sim = await startSim({ fsDir: flashDir });
});
afterAll(async () => {
  await sim?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe("tsmp flash / monitor / ports", () => {
  it("flash --no-build uploads dist/ to the board, plain progress lines when stderr is not a terminal", async () => {
    const dir = project("built", { "dist/main.py": "print('from the cli')\n", "dist/lib/helper.py": "X = 1\n", "dist/main.py.map.json": "{}" });
    const run = await tsmp(["flash", sim.path, dir, "--no-build"]);
    expect(run.stderr).toContain("flash: sent lib/helper.py");
    expect(run.stderr).toMatch(/flashed \/dev\/pts\/\d+: 2 sent, 0 unchanged, 0 removed/);
    expect(run.code).toBe(0);
    expect(readFileSync(join(flashDir, "main.py"), "utf8")).toBe("print('from the cli')\n");
    expect(existsSync(join(flashDir, "main.py.map.json"))).toBe(false);

    const again = await tsmp(["flash", sim.path, dir, "--no-build"]);
    expect(again.stderr).toMatch(/0 sent, 2 unchanged/);

    const mon = await tsmp(["monitor", sim.path, "--reset", "--exit-on", "from the cli", "--exit-after", "20"], { stdinNull: true });
    expect(mon.code).toBe(0);
    expect(mon.stdout).toContain("from the cli");
    expect(mon.stderr).toContain("board reset: soft reboot");
  });

  it("a compile error prints diagnostics, exits 1, and leaves dist/ and the port untouched", async () => {
    const pair: PtyPair = await openPtyPair();
    const board = await ScriptedBoard.attach(pair.device);
    try {
      const dir = project("broken", {
        "src/main.ts": 'const count: number = "three";\nconsole.log(count);\n',
        "tsconfig.json": JSON.stringify({ compilerOptions: { strict: true, target: "ES2022", module: "ESNext" } }),
        "dist/main.py": "print('old build')\n",
      });
      const run = await tsmp(["flash", pair.host, dir]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/main\.ts\(1,\d+\): error TS\d+/);
      expect(run.stderr).toContain("nothing was sent to the board");
      expect(readFileSync(join(dir, "dist", "main.py"), "utf8")).toBe("print('old build')\n");
      expect(board.received.length).toBe(0);
    } finally {
      await board.close();
      await pair.stop();
    }
  });

  it("with no port given and no board present, lists what was found and says the fix", async () => {
    const dir = project("noport", { "dist/main.py": "print(1)\n" });
    const run = await tsmp(["flash", dir, "--no-build"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("tsmp: no ESP32 board found; serial ports present:");
    expect(run.stderr).toContain("hint: plug the board in");
  });

  it("a port the user may not open says how to get access (dialout)", async () => {
    expect(process.getuid?.()).toBe(0); // this check needs root to drop the file-override capabilities
    const pair = await openPtyPair();
    try {
      chmodSync(pair.host, 0o000);
      const dir = project("perm", { "dist/main.py": "print(1)\n" });
      const run = await tsmp(["flash", pair.host, dir, "--no-build"], { withoutFileOverride: true });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`tsmp: permission denied opening ${pair.host}`);
      expect(run.stderr).toContain("dialout");
    } finally {
      await pair.stop();
    }
  });

  it("flash --firmware hands the image to the firmware flasher (a file that is not firmware is refused)", async () => {
    const image = join(work, "not-firmware.bin");
    writeFileSync(image, "this is a text file, not an ESP32 image\n");
    const run = await tsmp(["flash", sim.path, "--firmware", image, "--firmware-only"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("not an ESP32 firmware image");
  });

  it("ports lists ports (none here) without udevadm", async () => {
    const run = await tsmp(["ports"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/no serial ports found|\/dev\//);
  });
});
