/**
 * Choosing the MicroPython for `tsmp run`: --micropython > TSMP_MICROPYTHON > micropython on PATH >
 * WebAssembly, and how a unix binary is invoked (a fake `micropython` script records its argv,
 * cwd and MICROPYPATH; this tests selection and argument passing only, not a real unix port).
 */
import { describe, expect, it } from "vitest";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runProgram, selectMicroPython } from "../../sim/index.ts";
import { Capture, tempDir } from "./helpers.ts";

function fakeMicroPython(dir: string, name = "micropython", exitCode = 0): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(
    path,
    `#!/bin/sh\n{ echo "argv:$*"; echo "cwd:$(pwd)"; echo "path:$MICROPYPATH"; } > "$(dirname "$0")/${name}.log"\necho "fake stdout"\necho "fake stderr" >&2\nexit ${exitCode}\n`,
  );
  chmodSync(path, 0o755);
  return path;
}

describe("selectMicroPython", () => {
  it("prefers the option, then TSMP_MICROPYTHON, then PATH, then WebAssembly", () => {
    const a = fakeMicroPython(join(tempDir(), "a"));
    const b = fakeMicroPython(join(tempDir(), "b"));
    const onPath = fakeMicroPython(join(tempDir(), "bin"));
    const pathDir = join(onPath, "..");
    expect(selectMicroPython(a, { TSMP_MICROPYTHON: b, PATH: pathDir })).toEqual({ kind: "unix", path: a, from: "option" });
    expect(selectMicroPython(undefined, { TSMP_MICROPYTHON: b, PATH: pathDir })).toEqual({ kind: "unix", path: b, from: "env" });
    expect(selectMicroPython(undefined, { PATH: pathDir })).toEqual({ kind: "unix", path: onPath, from: "path" });
    expect(selectMicroPython(undefined, { PATH: "/nonexistent" })).toEqual({ kind: "wasm" });
    expect(selectMicroPython("wasm", { TSMP_MICROPYTHON: b, PATH: pathDir })).toEqual({ kind: "wasm" });
  });

  it("explains a path that is not an executable", () => {
    expect(() => selectMicroPython("/nonexistent/micropython", {})).toThrow(/--micropython names '\/nonexistent\/micropython'/);
    expect(() => selectMicroPython(undefined, { TSMP_MICROPYTHON: "/nope" })).toThrow(/TSMP_MICROPYTHON/);
  });
});

describe("runProgram with a unix micropython", () => {
  it("runs the board runner with the entry and args from the program folder, passing output and exit code", async () => {
    const binDir = join(tempDir(), "bin");
    const bin = fakeMicroPython(binDir, "micropython", 3);
    const dir = tempDir({ "main.py": "print('x')\n" });
    const stdout = new Capture();
    const stderr = new Capture();
    const code = await runProgram({ dir, entry: "main.py", micropython: bin, args: ["one", "two"], stdout, stderr });
    expect(code).toBe(3);
    expect(stdout.text).toBe("fake stdout\n");
    expect(stderr.text).toBe("fake stderr\n");
    const log = readFileSync(join(binDir, "micropython.log"), "utf8").split("\n");
    expect(log[0]).toMatch(/^argv:\S+\/sim\/board-py\/tsmp_run\.py main\.py one two$/);
    expect(log[1]).toBe(`cwd:${dir}`);
    expect(log[2]).toMatch(new RegExp(`^path:\\S+/sim/board-py/:\\.frozen:${dir}/lib:${dir}$`));
  });
});

describe("tsmp_run.py (the unix runner), with python3 standing in for micropython", () => {
  it("installs the board modules, runs boot.py then main.py, and reports the traceback and exit code", async () => {
    const bin = join(tempDir(), "micropython");
    writeFileSync(bin, '#!/bin/sh\nexec python3 -u "$@"\n');
    chmodSync(bin, 0o755);
    const dir = tempDir({
      "boot.py": "import network\nw = network.WLAN(network.STA_IF); w.active(True); w.connect('s', 'p')\n",
      "main.py": "import machine, sys\nprint(w.ifconfig()[0], len(machine.unique_id()), sys.argv[1:])\nraise ValueError('sensor missing')\n",
    });
    const stdout = new Capture();
    const stderr = new Capture();
    const code = await runProgram({ dir, entry: "main.py", bootFirst: true, micropython: bin, args: ["a1"], stdout, stderr });
    expect(stdout.text).toBe("192.168.4.2 6 ['a1']\n");
    expect(stderr.text).toMatch(/^Traceback \(most recent call last\):\n  File "main.py", line 3, in <module>\n[\s\S]*ValueError: sensor missing\n$/);
    expect(stderr.text).not.toContain("board_install");
    expect(code).toBe(1);
  });
});
