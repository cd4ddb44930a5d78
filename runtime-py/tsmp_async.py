# tsmp_async: a small JavaScript event loop for compiled code: Promise (then/catch/finally, all,
# race, allSettled, any), async functions (generators driven by promises), microtasks, and
# setTimeout/setInterval with Node's ordering (microtasks drain after every task).
# The built-in C module by its u-name: the WebAssembly port puts micropython-lib's `time.py`
# (strftime) in front of it, about 0.3 KB of heap to import.
import utime as time
from tsmp_core import caught, Error, TypeError

_micro = []
_timers = {}
_next_id = [1]
_seq = [0]
_unhandled = []


def _drain():
    i = 0
    while i < len(_micro):
        _micro[i]()
        i += 1
        if i > 64:
            del _micro[:i]
            i = 0
    del _micro[:]
    if _unhandled:
        p = _unhandled[0]
        del _unhandled[:]
        if not p._handled:
            e = p._value
            raise e if isinstance(e, BaseException) else Error("Uncaught (in promise) " + str(e))


class Promise:
    def __init__(self, executor=None):
        self._state = 0
        self._value = None
        self._cbs = []
        self._handled = False
        self._done = False
        if executor is not None:
            try:
                executor(self._resolve, self._reject)
            except Exception as e:
                self._reject(caught(e))

    def _resolve(self, v=None, *_):
        if self._done:
            return
        self._done = True
        if isinstance(v, Promise):
            if v is self:
                self._settle(2, TypeError("Chaining cycle detected for promise"))
                return
            # JS: a job that calls then() on the resolving promise (two ticks in all).
            _micro.append(lambda: v._subscribe(lambda x: self._settle(1, x), lambda e: self._settle(2, e)))
            return
        self._settle(1, v)

    def _reject(self, e=None, *_):
        if self._done:
            return
        self._done = True
        self._settle(2, e)

    def _settle(self, state, v):
        if self._state:
            return
        self._state = state
        self._value = v
        cbs = self._cbs
        self._cbs = None
        for cb in cbs:
            _micro.append(cb)
        if state == 2 and not self._handled:
            _unhandled.append(self)

    def _subscribe(self, on_ok, on_err):
        self._handled = True

        def job():
            if self._state == 1:
                on_ok(self._value)
            else:
                on_err(self._value)
        if self._state:
            _micro.append(job)
        else:
            self._cbs.append(job)

    def then(self, ok=None, err=None):
        p = Promise()

        def on_ok(v):
            if ok is None:
                p._resolve(v)
                return
            try:
                p._resolve(ok(v))
            except Exception as e:
                p._reject(caught(e))

        def on_err(e):
            if err is None:
                p._reject(e)
                return
            try:
                p._resolve(err(e))
            except Exception as ex:
                p._reject(caught(ex))
        self._subscribe(on_ok, on_err)
        return p

    def catch(self, err=None):
        return self.then(None, err)

    def finally_(self, fn=None):
        def ok(v):
            r = fn() if fn else None
            if isinstance(r, Promise):
                return r.then(lambda _: v)
            return v

        def err(e):
            r = fn() if fn else None
            if isinstance(r, Promise):
                return r.then(lambda _: _raise(e))
            _raise(e)
        return self.then(ok, err)

    @staticmethod
    def resolve(v=None):
        if isinstance(v, Promise):
            return v
        p = Promise()
        p._resolve(v)
        return p

    @staticmethod
    def reject(e=None):
        p = Promise()
        p._reject(e)
        return p

    @staticmethod
    def all(items):
        items = list(items)
        out = Promise()
        results = [None] * len(items)
        left = [len(items)]
        if not items:
            out._resolve([])
        for i, it in enumerate(items):
            def ok(v, i=i):
                results[i] = v
                left[0] -= 1
                if left[0] == 0:
                    out._resolve(results)
            Promise.resolve(it).then(ok, out._reject)
        return out

    @staticmethod
    def allSettled(items):
        from tsmp_collections import obj
        items = list(items)
        out = Promise()
        results = [None] * len(items)
        left = [len(items)]
        if not items:
            out._resolve([])
        for i, it in enumerate(items):
            def done(r, i=i):
                results[i] = r
                left[0] -= 1
                if left[0] == 0:
                    out._resolve(results)
            Promise.resolve(it).then(lambda v, i=i: done(obj("status", "fulfilled", "value", v), i), lambda e, i=i: done(obj("status", "rejected", "reason", e), i))
        return out

    @staticmethod
    def race(items):
        out = Promise()
        for it in items:
            Promise.resolve(it).then(out._resolve, out._reject)
        return out

    @staticmethod
    def any(items):
        items = list(items)
        out = Promise()
        left = [len(items)]
        if not items:
            out._reject(Error("All promises were rejected"))

        def fail(_e):
            left[0] -= 1
            if left[0] == 0:
                out._reject(Error("All promises were rejected"))
        for it in items:
            Promise.resolve(it).then(out._resolve, fail)
        return out


def _raise(e):
    raise e


def async_fn(fn):
    # An async function: runs synchronously up to its first await, returns a Promise.
    def start(*args):
        p = Promise()
        try:
            g = fn(*args)
        except Exception as e:
            p._reject(caught(e))
            return p
        if not hasattr(g, "send"):
            p._resolve(g)
            return p

        def step(value, failed):
            try:
                x = g.throw(value) if failed else g.send(value)
            except StopIteration as s:
                p._resolve(s.args[0] if s.args else None)
                return
            except Exception as e:
                p._reject(caught(e))
                return
            aw = x if isinstance(x, Promise) else Promise.resolve(x)
            aw._subscribe(lambda v: step(v, False), lambda e: step(e if isinstance(e, BaseException) else Error(str(e)), True))
        step(None, False)
        return p
    return start


def set_timeout(fn, ms=0, *args):
    ms = 1 if not ms or ms < 1 else int(ms)
    tid = _next_id[0]
    _next_id[0] += 1
    _seq[0] += 1
    _timers[tid] = [time.ticks_add(time.ticks_ms(), ms), _seq[0], fn, args, None]
    return tid


def set_interval(fn, ms=0, *args):
    tid = set_timeout(fn, ms, *args)
    _timers[tid][4] = 1 if not ms or ms < 1 else int(ms)
    return tid


def clear_timeout(tid=None):
    if tid in _timers:
        del _timers[tid]


clear_interval = clear_timeout


def queue_microtask(fn):
    _micro.append(fn)


def run_loop():
    # Called at the end of main.py: microtasks, then timers in due order, until nothing is left.
    _drain()
    while _timers:
        best = None
        for tid, t in _timers.items():
            if best is None or time.ticks_diff(t[0], _timers[best][0]) < 0 or (t[0] == _timers[best][0] and t[1] < _timers[best][1]):
                best = tid
        t = _timers[best]
        wait = time.ticks_diff(t[0], time.ticks_ms())
        if wait > 0:
            time.sleep_ms(wait)
        if t[4] is None:
            del _timers[best]
        else:
            _seq[0] += 1
            t[0] = time.ticks_add(time.ticks_ms(), t[4])
            t[1] = _seq[0]
        t[2](*t[3])
        _drain()
