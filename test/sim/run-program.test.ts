/** runProgram on the WebAssembly MicroPython: output, exit codes, tracebacks, Ctrl-C, sockets, files. */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runProgram } from "../../sim/index.ts";
import { Capture, startEchoServer, tempDir } from "./helpers.ts";

async function run(main: string, extra: Record<string, string> = {}, signal?: AbortSignal, onOut?: (text: string) => void) {
  const dir = tempDir({ "main.py": main, ...extra });
  const stdout = new Capture(onOut);
  const stderr = new Capture();
  const code = await runProgram({ dir, entry: "main.py", micropython: "wasm", stdout, stderr, signal });
  return { code, out: stdout.text, err: stderr.text, dir };
}

describe("runProgram (WebAssembly MicroPython)", () => {
  it("passes stdout through and exits 0", async () => {
    const r = await run("for i in range(3):\n    print('line', i * 7)\n");
    expect(r.out).toBe("line 0\nline 7\nline 14\n");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
  });

  it("prints the traceback on stderr and exits 1 on an uncaught error", async () => {
    const r = await run("print('before')\ndef f(x):\n    return 10 // x\nf(0)\n");
    expect(r.out).toBe("before\n");
    expect(r.err).toBe(
      'Traceback (most recent call last):\n  File "main.py", line 4, in <module>\n  File "main.py", line 3, in f\nZeroDivisionError: divide by zero\n',
    );
    expect(r.code).toBe(1);
  });

  it("runs boot.py first when asked, and stops there if it fails", async () => {
    const dir = tempDir({ "boot.py": "print('boot')\nshared = 5\n", "main.py": "print('main', shared)\n" });
    const stdout = new Capture();
    expect(await runProgram({ dir, entry: "main.py", bootFirst: true, micropython: "wasm", stdout, stderr: new Capture() })).toBe(0);
    expect(stdout.text).toBe("boot\nmain 5\n");
    const bad = tempDir({ "boot.py": "raise ValueError('no wifi')\n", "main.py": "print('main')\n" });
    const out2 = new Capture();
    const err2 = new Capture();
    expect(await runProgram({ dir: bad, entry: "main.py", bootFirst: true, micropython: "wasm", stdout: out2, stderr: err2 })).toBe(1);
    expect(out2.text).toBe("");
    expect(err2.text).toMatch(/File "boot.py", line 1[\s\S]*ValueError: no wifi\n$/);
  });

  it("passes args as sys.argv", async () => {
    const dir = tempDir({ "main.py": "import sys\nprint(sys.argv)\n" });
    const stdout = new Capture();
    expect(await runProgram({ dir, entry: "main.py", micropython: "wasm", args: ["-v", "x y"], stdout })).toBe(0);
    expect(stdout.text).toBe("['main.py', '-v', 'x y']\n");
  });

  it("passes sys.exit codes through", async () => {
    expect((await run("import sys\nsys.exit(3)\n")).code).toBe(3);
    expect((await run("import sys\nsys.exit()\n")).code).toBe(0);
  });

  it("imports local modules and lib/ like a board", async () => {
    const r = await run("import helper\nfrom umod import X\nprint(helper.twice(21), X)\n", {
      "helper.py": "def twice(n):\n    return n * 2\n",
      "lib/umod.py": "X = 'from lib'\n",
    });
    expect(r.err).toBe("");
    expect(r.out).toBe("42 from lib\n");
  });

  it("provides the board modules", async () => {
    const r = await run(
      [
        "import machine, network, esp, esp32, gc, ubinascii, time",
        "uid = machine.unique_id()",
        "print(len(uid), ubinascii.hexlify(uid)[:6])",
        "print(sorted(machine.I2C(0, scl=machine.Pin(15), sda=machine.Pin(4)).scan()))",
        "p = machine.Pin(23, machine.Pin.OUT); p.on(); a = p.value(); p.off(); print(a, p.value())",
        "adc = machine.ADC(machine.Pin(35)); adc.atten(machine.ADC.ATTN_11DB); print(0 <= adc.read() <= 4095, 0 <= adc.read_u16() <= 65535)",
        "w = network.WLAN(network.STA_IF); print(w.isconnected()); w.active(True); w.connect('ssid', 'pw')",
        "print(w.isconnected(), w.ifconfig()[0], w.status() == network.STAT_GOT_IP, len(w.config('mac')))",
        "print(esp.flash_size(), gc.mem_free() > 0, machine.reset_cause() == machine.PWRON_RESET)",
        "t0 = time.ticks_ms(); time.sleep_ms(30); print(time.ticks_diff(time.ticks_ms(), t0) >= 30)",
        "import neopixel, dht, ntptime; ntptime.settime()",
        "np = neopixel.NeoPixel(machine.Pin(14), 1); np[0] = (0, 40, 0); np.write(); print(np[0], len(np))",
        "ticks = []",
        "tm = machine.Timer(0); tm.init(period=20, mode=machine.Timer.PERIODIC, callback=lambda t: ticks.append(1))",
        "time.sleep_ms(110); tm.deinit(); n = len(ticks); time.sleep_ms(50); print(2 <= n <= 6, len(ticks) == n)",
        "import ssl",
        "print('ssl:', hasattr(ssl, 'wrap_socket'), ssl.CERT_REQUIRED)",
      ].join("\n") + "\n",
    );
    expect(r.err).toBe("");
    expect(r.out.split("\n")).toEqual([
      "6 b'240ac4'",
      "[68, 80, 81, 92, 112]",
      "1 0",
      "True True",
      "False",
      "True 192.168.4.2 True 6",
      "4194304 True True",
      "True",
      "(0, 40, 0) 1",
      "True True",
      "ssl: True 2",
      "",
    ]);
  });

  it("has an ESP32-like asyncio (run, gather, wait_for, Event, Lock, cancel)", async () => {
    const r = await run(readFileSync(join(import.meta.dirname, "fixtures", "asyncio_main.py"), "utf8"));
    expect(r.err).toBe("");
    expect(r.out).toBe("a 0\nb 0\na 1\nb 1\na 2\nb 2\ngather ['aa', 'bb']\ntimeout ok\nevent ok\nlocked True\ncancelled ok\nrun -> 7\n");
    expect(r.code).toBe(0);
  });

  it("raises file errors with the usual errno numbers, as an ESP32 does", async () => {
    const r = await run(
      "import os, errno\nfor f in (lambda: os.stat('/missing'), lambda: os.mkdir('/'), lambda: open('/no/such'), lambda: os.rmdir('/missing')):\n    try:\n        f()\n    except OSError as e:\n        print(e.errno, errno.errorcode[e.errno])\n",
    );
    expect(r.err).toBe("");
    expect(r.out).toBe("2 ENOENT\n17 EEXIST\n2 ENOENT\n2 ENOENT\n");
  });

  it("writes files into its folder", async () => {
    const r = await run("with open('data.txt', 'w') as f:\n    f.write('kept')\nimport os\nprint(os.listdir())\n");
    expect(r.code).toBe(0);
    expect(readFileSync(join(r.dir, "data.txt"), "utf8")).toBe("kept");
  });

  it("talks to a real TCP server on 127.0.0.1 with blocking sockets", async () => {
    const echo = await startEchoServer();
    try {
      const r = await run(
        [
          "import socket",
          `addr = socket.getaddrinfo('127.0.0.1', ${echo.port})[0][-1]`,
          "s = socket.socket()",
          "s.connect(addr)",
          "s.send(b'ping\\n')",
          "print(s.readline())",
          "s.settimeout(0.2)",
          "try:",
          "    s.recv(10)",
          "except OSError as e:",
          "    import errno; print('timeout', e.args[0] == errno.ETIMEDOUT)",
          "import select",
          "p = select.poll(); p.register(s, select.POLLIN)",
          "print('idle', p.poll(50))",
          "s.write(b'again\\n')",
          "print('ready', p.poll(2000) == [(s, select.POLLIN)], s.recv(6))",
          "class Wrapped:\n    def __init__(self, s): self.s = s\n    def fileno(self): return self.s.fileno()",
          "w = Wrapped(s); s.write(b'w\\n'); p2 = select.poll(); p2.register(w, select.POLLIN)",
          "print('wrapped', p2.poll(2000) == [(w, select.POLLIN)], s.recv(2), select.select([s], [], [], 0.05)[0])",
          "s.settimeout(None)",
          "s.write(b'bye\\n')",
          "print(s.read(8), s.recv(10))",
          "s.close()",
        ].join("\n") + "\n",
      );
      expect(r.err).toBe("");
      expect(r.out).toBe("b'ping\\n'\ntimeout True\nidle []\nready True b'again\\n'\nwrapped True b'w\\n' []\nb'closing\\n' b''\n");
    } finally {
      await echo.close();
    }
  });

  it("stops on Ctrl-C (abort) while sleeping, with KeyboardInterrupt", async () => {
    const ac = new AbortController();
    const t0 = Date.now();
    const r = await run("import time\nprint('start')\nwhile True:\n    time.sleep(0.05)\n", {}, ac.signal, (text) => {
      if (text.includes("start")) setTimeout(() => ac.abort(), 100);
    });
    expect(r.out).toBe("start\n");
    expect(r.err).toMatch(/^Traceback \(most recent call last\):\n  File "main.py", line 4, in <module>\n[\s\S]*KeyboardInterrupt: \n$/);
    expect(r.code).toBe(130);
    expect(Date.now() - t0).toBeLessThan(10_000);
  });

  it("ends with an error when machine.WDT is not fed", async () => {
    const r = await run("import machine, time\nw = machine.WDT(timeout=200)\nfor i in range(3):\n    time.sleep_ms(50)\n    w.feed()\nprint('fed')\ntime.sleep(5)\n");
    expect(r.out).toBe("fed\n");
    expect(r.err).toBe("machine.WDT: the program did not feed the watchdog within 200 ms (a board would reset here)\n");
    expect(r.code).toBe(1);
  });

  it("stops code that never yields after the grace period", async () => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 300);
    const r = await run("x = 0\nwhile True:\n    x += 1\n", {}, ac.signal);
    expect(r.code).toBe(130);
    expect(r.err).toContain("KeyboardInterrupt");
  });

  it("explains a missing entry file", async () => {
    const dir = tempDir({});
    await expect(runProgram({ dir, entry: "main.py", micropython: "wasm" })).rejects.toThrow(/no main.py/);
  });
});
