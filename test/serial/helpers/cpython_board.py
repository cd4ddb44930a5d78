"""
A stand-in MicroPython board for the serial tests, played by CPython on the device side of a pty:
friendly REPL with banner and `>>> `, Ctrl-C, raw REPL (Ctrl-A), raw-paste with flow control,
Ctrl-B, Ctrl-D soft reset running boot.py then main.py from the flash folder (its cwd). It has
`deflate` (DeflateIO over zlib), hashlib, binascii, os like the firmware. Killing the process is a
board reset at an arbitrary instruction. Usage: python3 cpython_board.py DEVICE FLASH_DIR [WINDOW]
"""
import io, os, sys, traceback, types, zlib

dev, flash = sys.argv[1], sys.argv[2]
window = int(sys.argv[3]) if len(sys.argv) > 3 else 128
os.chdir(flash)
fd = os.open(dev, os.O_RDWR | os.O_NOCTTY)

deflate = types.ModuleType("deflate")
deflate.RAW, deflate.ZLIB, deflate.GZIP = 1, 2, 3
class DeflateIO:
    def __init__(self, stream, fmt=2, wbits=0):
        self.s, self.z, self.buf = stream, zlib.decompressobj({1: -15, 2: 15, 3: 31}[fmt]), b""
    def read(self, n=-1):
        while n < 0 or len(self.buf) < n:
            chunk = self.s.read(256)
            if not chunk:
                self.buf += self.z.flush()
                break
            self.buf += self.z.decompress(chunk)
        out, self.buf = (self.buf, b"") if n < 0 else (self.buf[:n], self.buf[n:])
        return out
deflate.DeflateIO = DeflateIO
sys.modules["deflate"] = deflate

def send(b):
    if isinstance(b, str):
        b = b.encode()
    while b:
        n = os.write(fd, b)
        b = b[n:]

class Out(io.TextIOBase):
    def write(self, s):
        send(s.replace("\n", "\r\n"))
        return len(s)

pending = bytearray()
def getc():
    global pending
    while not pending:
        data = os.read(fd, 4096)
        if not data:
            sys.exit(0)
        pending += data
    c = pending[0]
    del pending[0]
    return c

quota = int(sys.argv[4]) if len(sys.argv) > 4 else 0

def flash_used():
    total = 0
    for root, _, names in os.walk("."):
        for n in names:
            total += os.path.getsize(os.path.join(root, n))
    return total

class QuotaFile:
    """A file on a flash of `quota` bytes: writes past it fail like a full LittleFS (OSError 28)."""
    def __init__(self, f):
        self.f = f
    def write(self, b):
        if flash_used() + len(b) > quota:
            raise OSError(28, "ENOSPC")
        return self.f.write(b)
    def __getattr__(self, name):
        return getattr(self.f, name)
    def __enter__(self):
        return self
    def __exit__(self, *a):
        self.f.close()

def board_open(path, mode="r", *a, **k):
    f = open(path, mode, *a, **k)
    return QuotaFile(f) if quota and ("w" in mode or "a" in mode) else f

def fresh_globals():
    return {"__name__": "__main__", "open": board_open}

g = fresh_globals()

def run(code, filename="<stdin>"):
    """Runs code; returns (stdout text, stderr text), tracebacks in MicroPython's shape."""
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdout
    sys.stdout = out
    try:
        exec(compile(code, filename, "exec"), g)
    except BaseException as e:
        if isinstance(e, SystemExit):
            raise
        frames = [f for f in traceback.extract_tb(e.__traceback__) if not f.filename.endswith("cpython_board.py")]
        err.write("Traceback (most recent call last):\n")
        for f in frames:
            err.write('  File "%s", line %d, in %s\n' % (f.filename, f.lineno, f.name))
        err.write("".join(traceback.format_exception_only(type(e), e)))
    finally:
        sys.stdout = old
    return out.getvalue().replace("\n", "\r\n"), err.getvalue().replace("\n", "\r\n")

def soft_reset(friendly, power_on=False):
    global g
    g = fresh_globals()
    if not power_on:
        send("MPY: soft reboot\r\n")
    for f in ("boot.py", "main.py") if friendly else ("boot.py",):
        if os.path.exists(f):
            with open(f) as h:
                o, e = run(h.read(), f)
            send(o + e)

BANNER = "MicroPython v1.24.0 on 2024-10-25; ESP32 stand-in (CPython) with ESP32\r\nType \"help()\" for more information.\r\n"
# Power-on: what the ESP32 ROM prints before MicroPython starts.
send("ets Jun  8 2016 00:22:57\r\n\r\nrst:0x1 (POWERON_RESET),boot:0x13 (SPI_FAST_FLASH_BOOT)\r\n")
soft_reset(True, power_on=True)
send(BANNER + ">>> ")
mode = "friendly"
line = bytearray()
while True:
    c = getc()
    if mode == "friendly":
        if c == 3:
            line = bytearray()
            send("\r\nKeyboardInterrupt\r\n>>> ")
        elif c == 1:
            mode = "raw"
            send("raw REPL; CTRL-B to exit\r\n>")
        elif c == 4:
            soft_reset(True)
            send(BANNER + ">>> ")
        elif c == 13:
            send("\r\n")
            src = line.decode(errors="replace")
            line = bytearray()
            if src.strip():
                try:
                    code = compile(src, "<stdin>", "eval")
                    src = "_r = eval(%r)\nif _r is not None: print(repr(_r))" % src
                except SyntaxError:
                    pass
                o, e = run(src)
                send(o + e)
            send(">>> ")
        elif 32 <= c < 127:
            line.append(c)
            send(bytes([c]))
        continue
    # raw REPL
    code = bytearray()
    first = c
    while True:
        if first == 5:
            # raw-paste request: \x05 A \x01
            if getc() != 0x41 or getc() != 0x01:
                break
            send(b"R\x01" + window.to_bytes(2, "little") + b"\x01")
            consumed, cancelled = 0, False
            while True:
                d = getc()
                if d == 4:
                    break
                if d == 3:
                    cancelled = True
                    break
                code.append(d)
                consumed += 1
                if consumed % window == 0:
                    send(b"\x01")
            if cancelled:
                send("\r\n")
                break
            send(b"\x04")
            o, e = run(code.decode())
            send(o + "\x04" + e + "\x04>")
            break
        if first == 1:
            send("\r\nraw REPL; CTRL-B to exit\r\n>")
            break
        if first == 2:
            mode = "friendly"
            send("\r\n" + BANNER + ">>> ")
            break
        if first == 3:
            break
        if first == 4:
            if not code:
                soft_reset(False)
                send("raw REPL; CTRL-B to exit\r\n>")
            else:
                send("OK")
                o, e = run(code.decode())
                send(o + "\x04" + e + "\x04>")
            break
        code.append(first)
        first = getc()
