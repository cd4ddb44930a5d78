# The serial side of the virtual board when a unix `micropython` runs it (tsmp sim --micropython):
# speaks over stdin/stdout like MicroPython on an ESP32 over USB: banner, friendly REPL with echo,
# raw REPL (Ctrl-A), raw-paste with flow control, Ctrl-D soft reboot. The host (sim/unix-board.ts)
# turns \n into \r\n, sends SIGINT for Ctrl-C, and restarts this process on the exit codes below.
# Usage: micropython board_serial.py FLASH_DIR friendly|raw soft|power
import sys

EXIT_SOFT_FRIENDLY = 80
EXIT_SOFT_RAW = 81
EXIT_HARD = 82
EXIT_DEEPSLEEP = 83

flash_dir = sys.argv[1]
mode = sys.argv[2] if len(sys.argv) > 2 else "friendly"

import board_host
import board_install

_out = getattr(sys.stdout, "buffer", sys.stdout)
_in = getattr(sys.stdin, "buffer", sys.stdin)


def out(data):
    if isinstance(data, str):
        data = data.encode()
    _out.write(data)
    try:
        _out.flush()
    except AttributeError:
        pass


def read_byte():
    while True:
        try:
            b = _in.read(1)
        except KeyboardInterrupt:
            return 3  # the host turns Ctrl-C into SIGINT
        if not b:
            sys.exit(0)  # host went away
        return b[0]


def _reboot(kind):
    out("")
    sys.exit({"soft": EXIT_SOFT_FRIENDLY, "hard": EXIT_HARD, "deepsleep": EXIT_DEEPSLEEP}.get(kind, EXIT_HARD))


board_host.reboot_hook = _reboot


def mount_flash():
    import os
    try:
        import vfs
    except ImportError:
        vfs = os if hasattr(os, "VfsPosix") else None
    if vfs is not None and hasattr(vfs, "VfsPosix"):
        try:
            vfs.umount("/")
        except OSError:
            pass
        vfs.mount(vfs.VfsPosix(flash_dir), "/")
        rename = os.rename

        def _rename(a, b):
            try:
                rename(a, b)
            except OSError:
                # Some VfsPosix builds lose the first path of a rename: copy, then remove.
                with open(a, "rb") as src:
                    data = src.read()
                with open(b, "wb") as dst:
                    dst.write(data)
                os.remove(a)

        os.rename = _rename
    os.chdir(flash_dir if vfs is None else "/")


def exists(name):
    try:
        open(name).close()
        return True
    except OSError:
        return False


def banner():
    version = sys.version.split("; ")[-1] if "MicroPython" in sys.version else "MicroPython v1.27.0"
    out(version + "; " + "Eduponics Mini (tsmp sim) with ESP32\nType \"help()\" for more information.\n")


def run_source(source, name):
    """Run code in __main__; returns the traceback text ('' when fine), None on SystemExit."""
    try:
        exec(compile(source, name, "exec"), board_install._main_globals())
        return ""
    except SystemExit as e:
        if e.args and isinstance(e.args[0], int) and e.args[0] >= EXIT_SOFT_FRIENDLY:
            raise
        return None
    except BaseException as e:
        return board_install.exception_text(e)


def raw_repl():
    out("raw REPL; CTRL-B to exit\n")
    while True:
        out(">")
        line = bytearray()
        while True:
            c = read_byte()
            if c == 1:
                if len(line) == 2 and line[0] == 5:
                    raw_paste(line[1])
                    line = bytearray()
                    out(">")
                    continue
                out("raw REPL; CTRL-B to exit\n")
                line = bytearray()
                out(">")
                continue
            if c == 2:
                out("\n")
                return "friendly"
            if c == 3:
                line = bytearray()
                continue
            if c == 4:
                break
            line.append(c)
        out("OK")
        if not line:
            out("\nMPY: soft reboot\n")
            sys.exit(EXIT_SOFT_RAW)
        execute(bytes(line).decode())


def execute(source):
    err = run_source(source, "<stdin>")
    out(b"\x04")
    if err is None:
        out(b"\x04")
        out("MPY: soft reboot\n")
        sys.exit(EXIT_SOFT_RAW)
    out(err)
    out(b"\x04")


def raw_paste(command):
    if command != 0x41:
        out(b"R\x00")
        return
    window = 128
    out(b"R\x01" + bytes([window & 0xFF, window >> 8, 1]))
    remain = window
    data = bytearray()
    while True:
        c = read_byte()
        if c in (3, 4):
            out(b"\x04")
            if c == 3:
                out(b"\x04KeyboardInterrupt: \n\x04")
                return
            break
        data.append(c)
        remain -= 1
        if remain == 0:
            out(b"\x01")
            remain = window
    execute(bytes(data).decode())


def friendly_repl():
    banner()
    buf = []
    lines = []
    out(">>> ")
    while True:
        c = read_byte()
        if c == 1:
            out("\n")
            return "raw"
        if c == 2:
            out("\n")
            banner()
            buf, lines = [], []
            out(">>> ")
            continue
        if c == 3:
            buf, lines = [], []
            out("\n>>> ")
            continue
        if c == 4:
            if not buf and not lines:
                out("\nMPY: soft reboot\n")
                sys.exit(EXIT_SOFT_FRIENDLY)
            continue
        if c in (8, 127):
            if buf:
                buf.pop()
                out(b"\x08 \x08")
            continue
        if c in (13, 10):
            out("\n")
            text = bytes(buf).decode()
            buf = []
            if lines or needs_more(text):
                if text.strip():
                    lines.append(text)
                    out("... ")
                    continue
                source, lines = "\n".join(lines) + "\n", []
            else:
                source = text
            if source.strip():
                run_line(source)
            out(">>> ")
            continue
        if c >= 32:
            buf.append(c)
            out(bytes([c]))


COMPOUND = ("if", "while", "for", "def", "class", "with", "try", "async", "@")


def needs_more(text):
    """Like MicroPython's REPL: compound statements and open brackets continue on '... ' lines."""
    t = text.strip()
    if not t:
        return False
    word = t.split()[0].split("(")[0].rstrip(":")
    if word in COMPOUND or t.startswith("@") or t.endswith(":") or t.endswith("\\"):
        return True
    depth = 0
    for ch in t:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
    return depth > 0


def run_line(source):
    try:
        code = compile(source, "<stdin>", "single")
    except SyntaxError as e:
        out(board_install.exception_text(e))
        return
    try:
        exec(code, board_install._main_globals())
    except SystemExit as e:
        if e.args and isinstance(e.args[0], int) and e.args[0] >= EXIT_SOFT_FRIENDLY:
            raise
        out("MPY: soft reboot\n")
        sys.exit(EXIT_SOFT_FRIENDLY)
    except BaseException as e:
        out(board_install.exception_text(e))


def main():
    mount_flash()
    for name in ("boot.py", "main.py"):
        if name == "main.py" and mode != "friendly":
            break
        if exists(name):
            code = board_install.run_file(name, _Writer())
            if code >= EXIT_SOFT_FRIENDLY:
                sys.exit(code)  # machine.reset() and friends
            if code != 0:
                break  # as on an ESP32, a failing boot.py skips main.py
    m = mode
    while True:
        m = friendly_repl() if m == "friendly" else raw_repl()


class _Writer:
    def write(self, s):
        out(s)
        return len(s)


main()
