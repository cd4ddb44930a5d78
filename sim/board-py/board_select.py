# `select` / `uselect` for the virtual board's sockets: poll() and select() ask the host which
# bridged TCP sockets have data (or were closed), waiting up to the timeout. Writes never block
# on the host side, so sockets are always writable. Other objects are never reported ready.
from board_host import host, check

POLLIN = 1
POLLPRI = 2
POLLOUT = 4
POLLERR = 8
POLLHUP = 16


def _readable(socks, timeout_ms):
    ids = [s._id for s in socks if not s._closed and not s._rbuf]
    ready = [s for s in socks if s._rbuf]
    if ready or not ids:
        timeout_ms = 0
    if ids:
        r = check(host.tcp_poll(",".join(str(i) for i in ids), int(timeout_ms)))
        got = set(int(x) for x in r.split(",") if x)
        ready += [s for s in socks if s._id in got]
    return ready


class _Poll:
    def __init__(self):
        self._reg = {}

    def register(self, obj, eventmask=POLLIN | POLLOUT):
        self._reg[id(obj)] = (obj, eventmask)

    def unregister(self, obj):
        self._reg.pop(id(obj), None)

    def modify(self, obj, eventmask):
        if id(obj) not in self._reg:
            raise OSError(2)
        self._reg[id(obj)] = (obj, eventmask)

    def poll(self, timeout=-1):
        socks = [o for o, m in self._reg.values() if hasattr(o, "_id")]
        writable = [(o, POLLOUT) for o, m in self._reg.values() if hasattr(o, "_id") and m & POLLOUT]
        wants_in = [o for o, m in self._reg.values() if hasattr(o, "_id") and m & POLLIN]
        if writable:
            timeout = 0
        readable = _readable(wants_in, -1 if timeout is None or timeout < 0 else timeout) if wants_in else []
        if not wants_in and not writable and timeout and timeout > 0:
            import time
            time.sleep_ms(timeout)
        out = {}
        for o in readable:
            out[id(o)] = [o, POLLIN]
        for o, ev in writable:
            if id(o) in out:
                out[id(o)][1] |= ev
            else:
                out[id(o)] = [o, ev]
        return [tuple(v) for v in out.values()] if socks else []

    def ipoll(self, timeout=-1, flags=0):
        return iter(self.poll(timeout))


def poll():
    return _Poll()


def select(rlist, wlist, xlist, timeout=None):
    socks = [o for o in rlist if hasattr(o, "_id")]
    wl = [o for o in wlist if hasattr(o, "_id")]
    t = -1 if timeout is None else int(timeout * 1000)
    if wl:
        t = 0
    return (_readable(socks, t) if socks else [], wl, [])
