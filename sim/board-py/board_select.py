# `select` / `uselect` for the virtual board: poll() and select() ask the host which bridged TCP
# sockets have data (or were closed), waiting up to the timeout; an object whose fileno() is a
# board socket's counts as that socket. Writes never block on the host side, so sockets are always
# writable. Other objects (streams of the port itself) go to the port's own select, polled.
import select as _native
from board_host import host, check

POLLIN = 1
POLLPRI = 2
POLLOUT = 4
POLLERR = 8
POLLHUP = 16


def _sock_id(obj):
    """The host socket id behind obj, or None for objects that are not board sockets."""
    obj = getattr(obj, "_tls_of", obj)  # an ssl socket polls as the socket underneath
    if hasattr(obj, "_id") and hasattr(obj, "_rbuf"):
        return obj._id
    fileno = getattr(obj, "fileno", None)
    if fileno is not None:
        try:
            n = fileno()
        except Exception:
            return None
        return n if isinstance(n, int) and n > 0 else None
    return None


def _host_ready(ids, timeout_ms):
    if not ids:
        return set()
    r = check(host.tcp_poll(",".join(str(i) for i in ids), int(timeout_ms)))
    return set(int(x) for x in r.split(",") if x)


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

    def _once(self, timeout_ms):
        """One look (waiting up to timeout_ms on the host sockets): list of (obj, events)."""
        ready = []
        waiting = []
        others = []
        for obj, mask in self._reg.values():
            sid = _sock_id(obj)
            if sid is None:
                others.append((obj, mask))
                continue
            ev = mask & POLLOUT
            if mask & POLLIN and getattr(obj, "_rbuf", b""):
                ev |= POLLIN
            elif mask & POLLIN:
                waiting.append((obj, sid))
            if ev:
                ready.append([obj, ev])
        if others:
            timeout_ms = 0
            p = _native.poll()
            for obj, mask in others:
                p.register(obj, mask)
            ready += [list(x[:2]) for x in p.poll(0)]
        got = _host_ready([sid for _, sid in waiting], 0 if ready else timeout_ms)
        for obj, sid in waiting:
            if sid in got:
                for r in ready:
                    if r[0] is obj:
                        r[1] |= POLLIN
                        break
                else:
                    ready.append([obj, POLLIN])
        return [tuple(r) for r in ready]

    def poll(self, timeout=-1):
        import time
        timeout = -1 if timeout is None else int(timeout)
        has_others = any(_sock_id(o) is None for o, m in self._reg.values())
        if not has_others:
            r = self._once(timeout)
            if not r and timeout > 0 and not self._reg:
                time.sleep_ms(timeout)
            return r
        deadline = time.ticks_add(time.ticks_ms(), timeout) if timeout >= 0 else None
        while True:
            r = self._once(0)
            if r or timeout == 0:
                return r
            if deadline is not None and time.ticks_diff(deadline, time.ticks_ms()) <= 0:
                return r
            time.sleep_ms(5)

    def ipoll(self, timeout=-1, flags=0):
        return iter(self.poll(timeout))


def poll():
    return _Poll()


def select(rlist, wlist, xlist, timeout=None):
    p = _Poll()
    for o in rlist:
        p.register(o, POLLIN)
    for o in wlist:
        if id(o) in p._reg:
            p.modify(o, POLLIN | POLLOUT)
        else:
            p.register(o, POLLOUT)
    got = p.poll(-1 if timeout is None else int(timeout * 1000))
    r = [o for o, ev in got if ev & POLLIN and any(o is x for x in rlist)]
    w = [o for o, ev in got if ev & POLLOUT and any(o is x for x in wlist)]
    return (r, w, [])
