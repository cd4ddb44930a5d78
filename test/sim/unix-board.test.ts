/**
 * The unix-micropython board path (tsmp sim --micropython) through the real pty. No unix
 * MicroPython exists here, so python3 stands in for it (a script named `micropython` that execs
 * `python3 -u`): this checks the relay, Ctrl-C as SIGINT, restarts and board_serial.py's serial
 * protocols; MicroPython-only parts (VfsPosix root mount) are not exercised.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chmodSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startSim, type Sim } from "../../sim/index.ts";
import { SerialSession } from "./serial-session.ts";
import { tempDir } from "./helpers.ts";

const PROMPT = /Eduponics Mini \(tsmp sim\) with ESP32\r\nType "help\(\)" for more information\.\r\n>>> /;

describe("virtual board on a unix micropython (python3 standing in)", () => {
  let sim: Sim;
  let s: SerialSession;
  let fsDir: string;

  beforeAll(async () => {
    const bin = join(tempDir(), "micropython");
    writeFileSync(bin, '#!/bin/sh\nexec python3 -u "$@"\n');
    chmodSync(bin, 0o755);
    fsDir = tempDir({ "boot.py": "print('boot ran')\n", "main.py": "print('main ran')\n" });
    sim = await startSim({ fsDir, micropython: bin });
    s = await SerialSession.open(sim.path);
  });
  afterAll(async () => {
    await s?.close();
    await sim?.stop();
  });

  it("boots boot.py and main.py to the banner, echoes and evaluates with \\r\\n", async () => {
    expect(await s.expect(PROMPT)).toContain("boot ran\r\nmain ran\r\n");
    await s.write("6 * 7\r");
    expect(await s.expect(">>> ")).toBe("6 * 7\r\n42\r\n>>> ");
  });

  it("raw REPL exec and raw-paste with flow control", async () => {
    await s.write("\x01");
    await s.expect("raw REPL; CTRL-B to exit\r\n>");
    expect(await s.rawExec("print('raw', 1 + 1)")).toEqual(["raw 2\r\n", ""]);
    await s.write("\x05A\x01");
    await s.expect("R\x01\x80\x00\x01");
    const code = Buffer.from(`x = ${JSON.stringify("y".repeat(300))}\nprint(len(x))\n`);
    await s.write(code.subarray(0, 256));
    await s.expect("\x01");
    await s.write(code.subarray(256));
    await s.write("\x04");
    expect(await s.expect(/\x04>/)).toContain("\x04300\r\n\x04\x04>");
    await s.write("\x02");
    await s.expect(PROMPT);
  });

  it("Ctrl-C interrupts running code (SIGINT to the interpreter)", async () => {
    await s.write("import time\r");
    await s.expect(">>> ");
    await s.write("while True: time.sleep(0.02)\r\r");
    await s.expect("... \r\n");
    await new Promise((r) => setTimeout(r, 200));
    await s.write("\x03");
    expect(await s.expect(">>> ")).toMatch(/KeyboardInterrupt[\s\S]*>>> $/);
  });

  it("Ctrl-D soft-reboots; files written persist in the flash folder; machine.reset() reboots", async () => {
    await s.write("open('note.txt', 'w').write('kept')\r");
    await s.expect(">>> ");
    expect(readFileSync(join(fsDir, "note.txt"), "utf8")).toBe("kept");
    await s.write("\x04");
    expect(await s.expect(PROMPT)).toMatch(/MPY: soft reboot\r\nboot ran\r\nmain ran\r\n/);
    await s.write("import machine; machine.reset()\r");
    expect(await s.expect(PROMPT)).toMatch(/rst:0xc \(SW_CPU_RESET\)[\s\S]*boot ran\r\nmain ran\r\n/);
  });
});
