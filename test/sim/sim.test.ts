/**
 * The virtual board over a real pty opened with serialport: banner and prompt, echo, Ctrl-C,
 * raw REPL, raw-paste with flow control, soft reset running boot.py/main.py, persistence of the
 * flash folder across restarts of the sim, machine.reset(), and sockets to a real TCP server.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readlinkSync } from "node:fs";
import { join } from "node:path";
import { startSim, type Sim } from "../../sim/index.ts";
import { SerialSession } from "./serial-session.ts";
import { startEchoServer, tempDir } from "./helpers.ts";

const BANNER = /MicroPython v1\.\d+\.\d+ on [\d-]+; Eduponics Mini \(tsmp sim\) with ESP32\r\nType "help\(\)" for more information\.\r\n>>> /;

describe("tsmp sim: one board, many sessions", () => {
  let sim: Sim;
  let s: SerialSession;
  let fsDir: string;
  const link = join(tempDir(), "board");

  beforeAll(async () => {
    fsDir = tempDir({ "boot.py": "print('boot ran')\n", "main.py": "print('main ran')\ncounter = 41\n" });
    sim = await startSim({ fsDir, link, micropython: "wasm" });
    s = await SerialSession.open(sim.path);
  });
  afterAll(async () => {
    await s?.close();
    await sim?.stop();
  });

  it("powers on with boot.py, main.py, the banner and a prompt; keeps a symlink to the pty", async () => {
    expect(sim.path).toMatch(/^\/dev\/pts\/\d+$/);
    expect(readlinkSync(link)).toBe(sim.path);
    const text = await s.expect(BANNER);
    expect(text).toContain("boot ran\r\nmain ran\r\n");
  });

  it("echoes input and evaluates expressions with \\r\\n line ends, in main.py's globals", async () => {
    await s.write("counter + 1\r");
    expect(await s.expect(">>> ")).toBe("counter + 1\r\n42\r\n>>> ");
    await s.write("\x02");
    expect(await s.expect(BANNER)).toMatch(/^\r\nMicroPython/);
  });

  it("Ctrl-C interrupts running code that sleeps", async () => {
    await s.write("import time\r");
    await s.expect(">>> ");
    await s.write("while True: time.sleep(0.02)\r\r");
    await s.expect("... \r\n"); // echoed from inside the running REPL line: the loop has started
    await s.write("\x03");
    const text = await s.expect(">>> ");
    expect(text).toContain('Traceback (most recent call last):\r\n  File "<stdin>", line 1, in <module>\r\nKeyboardInterrupt: \r\n>>> ');
  });

  it("code on the board reads the serial line through sys.stdin", async () => {
    await s.write("import sys; data = sys.stdin.read(3)\r");
    await s.expect("data = sys.stdin.read(3)\r\n");
    await s.write("xyz");
    await s.expect(">>> ");
    await s.write("data\r");
    expect(await s.expect(">>> ")).toBe("data\r\n'xyz'\r\n>>> ");
  });

  it("raw REPL: exec, errors, Ctrl-B back to the friendly REPL", async () => {
    await s.write("\x01");
    await s.expect("raw REPL; CTRL-B to exit\r\n>");
    expect(await s.rawExec("print(6 * 7)")).toEqual(["42\r\n", ""]);
    expect(await s.rawExec("1/0")).toEqual([
      "",
      'Traceback (most recent call last):\r\n  File "<stdin>", line 1, in <module>\r\nZeroDivisionError: divide by zero\r\n',
    ]);
    await s.write("\x02");
    await s.expect(BANNER);
  });

  it("a Ctrl-C sent as a command's output ends does not break the next raw-REPL command", async () => {
    await s.write("\x01");
    await s.expect("raw REPL; CTRL-B to exit\r\n>");
    // A tool that sends Ctrl-C late (while output is still arriving) must not poison the next command.
    await s.write("print('x' * 30000)\x04");
    await s.expect("OKxxxx");
    await s.write("\x03");
    expect(await s.expect("\x04>")).toMatch(/^x+\r\n\x04/);
    expect(await s.rawExec("print('next')")).toEqual(["next\r\n", ""]);
    await s.write("\x02");
    await s.expect(BANNER);
  });

  it("raw-paste: window 128, flow control, a payload of many windows", async () => {
    const lines = Array.from({ length: 60 }, (_, i) => `v${i} = '${"x".repeat(40)}${i}'`);
    const code = lines.join("\n") + "\nimport hashlib, binascii\nprint(binascii.hexlify(hashlib.sha256(''.join([v0, v59]).encode()).digest()).decode())\n";
    expect(code.length).toBeGreaterThan(128 * 20);
    await s.write("\x01");
    await s.expect("raw REPL; CTRL-B to exit\r\n>");
    await s.write("\x05A\x01");
    const header = await s.expect(/R\x01[\s\S]{3}/);
    expect(Buffer.from(header.slice(-5), "latin1")).toEqual(Buffer.from([0x52, 0x01, 0x80, 0x00, 0x01]));
    const windowSize = 128;
    let remain = windowSize * 2; // the size, plus the first increment the board sends at once
    let sent = 0;
    let increments = 0;
    const bytes = Buffer.from(code);
    while (sent < bytes.length) {
      if (remain === 0) {
        await s.expect("\x01");
        increments++;
        remain += windowSize;
      }
      const n = Math.min(remain, bytes.length - sent);
      await s.write(bytes.subarray(sent, sent + n));
      sent += n;
      remain -= n;
    }
    await s.write("\x04");
    const tail = await s.expect(/\x04>/);
    const expected = createHash("sha256").update(`${"x".repeat(40)}0${"x".repeat(40)}59`).digest("hex");
    expect(tail).toContain(`\x04${expected}\r\n\x04\x04>`);
    expect(increments).toBeGreaterThan(15);
    await s.write("\x02");
    await s.expect(BANNER);
  });

  it("Ctrl-D soft-resets: MPY: soft reboot, boot.py, main.py, banner", async () => {
    await s.write("\x04");
    const text = await s.expect(BANNER);
    expect(text).toMatch(/MPY: soft reboot\r\nboot ran\r\nmain ran\r\nMicroPython/);
  });

  it("raw REPL soft reset (Ctrl-D on an empty buffer) comes back in the raw REPL without main.py", async () => {
    await s.write("\x01");
    await s.expect("raw REPL; CTRL-B to exit\r\n>");
    await s.write("\x04");
    const text = await s.expect("raw REPL; CTRL-B to exit\r\n>");
    expect(text).toBe("OK\r\nMPY: soft reboot\r\nboot ran\r\nraw REPL; CTRL-B to exit\r\n>");
    await s.write("\x02");
    await s.expect(BANNER);
  });

  it("uploads files the way flashing tools do, and they land in the flash folder", async () => {
    await s.write("\x01");
    await s.expect(">");
    const payload = Buffer.from(Array.from({ length: 300 }, (_, i) => i & 0xff));
    const [, err] = await s.rawExec(
      [
        "import os, binascii, hashlib",
        "try:\n    os.mkdir('/lib')\nexcept OSError:\n    pass",
        "f = open('/lib/up.tmp', 'wb')",
        `f.write(binascii.unhexlify('${payload.toString("hex")}'))`,
        "f.close()",
        "os.rename('/lib/up.tmp', '/lib/up.bin')",
        "open('/gone.txt', 'w').close()",
        "os.remove('/gone.txt')",
      ].join("\n"),
    );
    expect(err).toBe("");
    const [out] = await s.rawExec(
      "print(sorted(os.listdir('/')), os.listdir('/lib'), os.stat('/lib/up.bin')[6], binascii.hexlify(hashlib.sha256(open('/lib/up.bin','rb').read()).digest()).decode())",
    );
    expect(out).toBe(`['boot.py', 'lib', 'main.py'] ['up.bin'] 300 ${createHash("sha256").update(payload).digest("hex")}\r\n`);
    expect(readFileSync(join(fsDir, "lib", "up.bin"))).toEqual(payload);
    expect(existsSync(join(fsDir, "lib", "up.tmp"))).toBe(false);
    expect(existsSync(join(fsDir, "gone.txt"))).toBe(false);
    await s.write("\x02");
    await s.expect(BANNER);
  });

  it("sockets reach a real TCP server on 127.0.0.1", async () => {
    const echo = await startEchoServer();
    try {
      await s.write("\x01");
      await s.expect(">");
      const [out, err] = await s.rawExec(
        `import socket\ns = socket.socket()\ns.connect(('127.0.0.1', ${echo.port}))\ns.write(b'hello\\n')\nprint(s.readline())\ns.close()`,
      );
      expect(err).toBe("");
      expect(out).toBe("b'hello\\n'\r\n");
      await s.write("\x02");
      await s.expect(BANNER);
    } finally {
      await echo.close();
    }
  });

  it("machine.reset() reboots the board (ROM lines, boot.py, main.py, banner; reset_cause SOFT_RESET)", async () => {
    await s.write("import machine; machine.reset()\r");
    const text = await s.expect(BANNER);
    expect(text).toMatch(/rst:0xc \(SW_CPU_RESET\)[\s\S]*boot ran\r\nmain ran\r\n/);
    await s.write("machine.reset_cause() == machine.SOFT_RESET if 'machine' in dir() else __import__('machine').reset_cause()\r");
    expect(await s.expect(">>> ")).toMatch(/\r\n5\r\n>>> $/);
  });

  it("deepsleep(ms) wakes as a reset with reset_cause DEEPSLEEP; os.uname() says esp32", async () => {
    await s.write("import machine; machine.deepsleep(50)\r");
    const text = await s.expect(BANNER);
    expect(text).toMatch(/rst:0x5 \(DEEPSLEEP_RESET\)[\s\S]*boot ran\r\nmain ran\r\n/);
    await s.write("import os, machine; (machine.reset_cause(), os.uname().sysname, os.uname().machine)\r");
    expect(await s.expect(">>> ")).toMatch(/\r\n\(4, 'esp32', 'Eduponics Mini \(tsmp sim\) with ESP32'\)\r\n>>> $/);
  });

  it("a watchdog that is not fed resets the board with reset_cause WDT_RESET", async () => {
    await s.write("import machine, time; w = machine.WDT(timeout=300); w.feed(); time.sleep_ms(100); w.feed(); time.sleep(5)\r");
    const text = await s.expect(BANNER);
    expect(text).toMatch(/rst:0xc \(SW_CPU_RESET\)[\s\S]*boot ran\r\nmain ran\r\n/);
    await s.write("import machine; machine.reset_cause() == machine.WDT_RESET\r");
    expect(await s.expect(">>> ")).toMatch(/\r\nTrue\r\n>>> $/);
  });

  it("sim.reset() presses the reset button", async () => {
    sim.reset();
    const text = await s.expect(BANNER);
    expect(text).toMatch(/rst:0x1 \(POWERON_RESET\)[\s\S]*boot ran\r\nmain ran\r\n/);
    await s.write("import machine; machine.reset_cause() == machine.HARD_RESET\r");
    expect(await s.expect(">>> ")).toMatch(/\r\nTrue\r\n>>> $/);
  });

  it("Ctrl-C on code that never yields presses the reset button", async () => {
    await s.write("while True: pass\r\r");
    await s.expect("... \r\n");
    await s.write("\x03");
    const text = await s.expect(BANNER, 15_000);
    expect(text).toContain("rst:0x1 (POWERON_RESET)");
  });
});

describe("tsmp sim: output nobody reads", () => {
  it("does not stall the board; a client that opens later gets a working prompt", async () => {
    const fsDir = tempDir({ "main.py": "for i in range(4000):\n    print('%05d' % i, 'x' * 58)\nprint('main done')\n" });
    const sim = await startSim({ fsDir, micropython: "wasm" });
    try {
      await new Promise((r) => setTimeout(r, 2500));
      const s = await SerialSession.open(sim.path);
      try {
        await s.prompt();
        await s.write("'alive'\r");
        expect(await s.expect(">>> ")).toBe("'alive'\r\n'alive'\r\n>>> ");
      } finally {
        await s.close();
      }
    } finally {
      await sim.stop();
    }
  });
});

describe("tsmp sim: the flash folder outlives the sim", () => {
  it("files written on one run are there on the next; the link is removed on stop", async () => {
    const fsDir = tempDir();
    const link = join(tempDir(), "board");
    const first = await startSim({ fsDir, link, micropython: "wasm" });
    const a = await SerialSession.open(first.path);
    try {
      await a.prompt();
      await a.write("\x01");
      await a.expect(">");
      expect((await a.rawExec("f = open('main.py', 'w')\nf.write('print(\"persisted main\")\\n')\nf.close()"))[1]).toBe("");
    } finally {
      await a.close();
      await first.stop();
    }
    expect(existsSync(link)).toBe(false);
    expect(readFileSync(join(fsDir, "main.py"), "utf8")).toBe('print("persisted main")\n');
    const second = await startSim({ fsDir, micropython: "wasm" });
    const b = await SerialSession.open(second.path);
    try {
      await b.write("\x04");
      await b.expect(/MPY: soft reboot\r\npersisted main\r\n/);
    } finally {
      await b.close();
      await second.stop();
    }
  });
});
