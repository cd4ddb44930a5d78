# Installs the board modules under their MicroPython names (machine, network, esp, esp32, and on
# the virtual board also socket/usocket and time/utime) by putting them in sys.modules, so they
# win over whatever the port has built in. Used by the WebAssembly board and by `tsmp run` with a
# unix micropython alike. Then `run_file` executes a program the way a board runs main.py.
import sys
from board_host import host

import board_machine
import board_network
import board_esp
import board_esp32
import board_neopixel
import board_dht
import board_ntptime

sys.modules["machine"] = board_machine
sys.modules["umachine"] = board_machine
sys.modules["network"] = board_network
sys.modules["esp"] = board_esp
sys.modules["esp32"] = board_esp32
for _name, _mod in (("neopixel", board_neopixel), ("dht", board_dht), ("ntptime", board_ntptime)):
    try:
        __import__(_name)  # a unix build may have its own
    except ImportError:
        sys.modules[_name] = _mod

if host is not None:
    import board_socket
    import board_time
    import board_ssl
    import board_asyncio
    import board_select

    sys.modules["socket"] = board_socket
    sys.modules["usocket"] = board_socket
    sys.modules["ssl"] = board_ssl
    sys.modules["select"] = board_select
    sys.modules["uselect"] = board_select
    sys.modules["asyncio"] = board_asyncio
    sys.modules["uasyncio"] = board_asyncio
    sys.modules["tls"] = board_ssl
    sys.modules["time"] = board_time.module
    sys.modules["utime"] = board_time.module

    # The port's VfsPosix loses the first path of a rename when the flash is mounted at "/";
    # rename through the host instead (same semantics: replaces an existing file).
    import os as _os

    def _rename(old, new):
        cwd = _os.getcwd()

        def full(p):
            return p if p.startswith("/") else cwd.rstrip("/") + "/" + p

        err = host.fs_rename(full(old), full(new))
        if err:
            raise OSError(err)

    _os.rename = _rename

    # os.uname() as an ESP32 answers it (the WebAssembly port has none).
    from collections import namedtuple as _nt

    _uname = _nt("uname_result", ("sysname", "nodename", "release", "version", "machine"))
    _impl = sys.implementation
    _release = ".".join(str(n) for n in _impl.version[:3])

    def _uname_fn():
        return _uname("esp32", "esp32", _release, sys.version.split("; ")[-1], host.board_name())

    _os.uname = _uname_fn
else:
    try:
        import socket as _s
        sys.modules.setdefault("usocket", _s)
    except ImportError:
        pass

try:
    import binascii as _b
    sys.modules.setdefault("ubinascii", _b)
except ImportError:
    pass


def _frames_without_runner(text):
    # Drop the traceback lines of this runner and of the board modules (built in on a real board).
    out = []
    skip = False
    for line in text.split("\n"):
        if skip:
            skip = False
            if line.startswith("    "):
                continue
        if line.startswith('  File "') and ("board_install" in line or "board_serial" in line or "/_tsmp/" in line or "/board-py/" in line):
            skip = True
            continue
        out.append(line)
    return "\n".join(out)


def run_file(path, err=None):
    """Run a file as __main__. Returns the exit code; writes the traceback to err (default
    sys.stderr) on an uncaught exception."""
    import io
    if err is None:
        err = sys.stderr
    try:
        with open(path) as f:
            source = f.read()
        code = compile(source, path, "exec")
        exec(code, _main_globals())
        return 0
    except SystemExit as e:
        arg = e.args[0] if e.args else 0
        if arg is None:
            return 0
        if isinstance(arg, int):
            return arg
        err.write(str(arg) + "\n")
        return 1
    except BaseException as e:
        err.write(exception_text(e))
        return 130 if isinstance(e, KeyboardInterrupt) else 1


def _main_globals():
    import __main__
    return __main__.__dict__


def run_source(source):
    """Run code the way the raw REPL does (as <stdin>, in __main__). Returns "" on success, the
    traceback text on an exception, None on SystemExit (the board then soft-resets)."""
    import io
    try:
        exec(compile(source, "<stdin>", "exec"), _main_globals())
        return ""
    except SystemExit:
        return None
    except BaseException as e:
        return exception_text(e)


def exception_text(e):
    """The traceback as MicroPython prints it, without the runner's and board modules' frames."""
    import io
    buf = io.StringIO()
    if hasattr(sys, "print_exception"):
        sys.print_exception(e, buf)
    else:  # CPython, when a test stands in for micropython
        import traceback
        traceback.print_exception(type(e), e, e.__traceback__, file=buf)
    return _frames_without_runner(buf.getvalue())
