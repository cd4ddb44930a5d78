# `asyncio` for the virtual board: MicroPython's asyncio API (run, sleep, sleep_ms, create_task,
# gather, wait_for, Event, Lock, Task.cancel, CancelledError, TimeoutError) on a small scheduler
# that sleeps with the board's interruptible time.sleep_ms. The WebAssembly port's own asyncio is
# driven by the JavaScript event loop and has no asyncio.run, unlike an ESP32. No stream I/O.


class CancelledError(BaseException):
    pass


class TimeoutError(Exception):
    pass


_SLEEP = 1
_WAIT = 2


class _Yield:
    def __init__(self, op, arg):
        self.op = op
        self.arg = arg

    def __iter__(self):
        value = yield self
        return value

    __await__ = __iter__


class Task:
    def __init__(self, coro):
        self.coro = coro
        self._done = False
        self.result = None
        self.exc = None
        self.waiters = []
        self._send = None
        self._throw = None
        self._token = 0
        self._waiting_on = None

    def done(self):
        return self._done

    def cancel(self):
        if self._done:
            return False
        self._throw = CancelledError()
        _loop()._ready(self)
        return True

    def __iter__(self):
        if not self._done:
            yield _Yield(_WAIT, self)
        if self.exc is not None:
            raise self.exc
        return self.result

    __await__ = __iter__


class Event:
    def __init__(self):
        self.state = False
        self.waiters = []

    def is_set(self):
        return self.state

    def set(self):
        self.state = True
        waiters, self.waiters = self.waiters, []
        for t in waiters:
            _loop()._ready(t)

    def clear(self):
        self.state = False

    def wait(self):
        while not self.state:
            yield _Yield(_WAIT, self)
        return True

    __await__ = wait


class ThreadSafeFlag(Event):
    def wait(self):
        while not self.state:
            yield _Yield(_WAIT, self)
        self.state = False


class Lock:
    def __init__(self):
        self._locked = False
        self.waiters = []

    def locked(self):
        return self._locked

    def acquire(self):
        while self._locked:
            yield _Yield(_WAIT, self)
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock not acquired")
        self._locked = False
        if self.waiters:
            _loop()._ready(self.waiters.pop(0))

    async def __aenter__(self):
        return await self.acquire()

    async def __aexit__(self, *args):
        self.release()


class Loop:
    def __init__(self):
        self.ready = []
        self.sleeping = []
        self.current = None

    def _ready(self, t):
        t._token += 1
        w = t._waiting_on
        if w is not None:
            t._waiting_on = None
            if t in w.waiters:
                w.waiters.remove(t)
        self.ready.append(t)

    def create_task(self, coro):
        t = coro if isinstance(coro, Task) else Task(coro)
        self._ready(t)
        return t

    def _finish(self, t, result, exc):
        t._done = True
        t.result = result
        t.exc = exc
        waiters, t.waiters = t.waiters, []
        for w in waiters:
            self._ready(w)

    def _step(self, t):
        import time
        self.current = t
        try:
            if t._throw is not None:
                exc, t._throw = t._throw, None
                y = t.coro.throw(exc)
            else:
                value, t._send = t._send, None
                y = t.coro.send(value)
        except StopIteration as e:
            self._finish(t, e.value if e.args else None, None)
            return
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as e:
            self._finish(t, None, e)
            return
        finally:
            self.current = None
        if isinstance(y, _Yield) and y.op == _SLEEP:
            t._token += 1
            self.sleeping.append((time.ticks_add(time.ticks_ms(), max(0, y.arg)), t._token, t))
        elif isinstance(y, _Yield) and y.op == _WAIT:
            target = y.arg
            if (isinstance(target, Task) and target._done) or (isinstance(target, Event) and target.state):
                self._ready(t)
            else:
                t._token += 1
                t._waiting_on = target
                target.waiters.append(t)
        else:
            self._ready(t)

    def run_until_complete(self, main):
        import time
        main = main if isinstance(main, Task) else self.create_task(main)
        while not main._done:
            if self.ready:
                self._step(self.ready.pop(0))
                continue
            now = time.ticks_ms()
            live = [s for s in self.sleeping if s[1] == s[2]._token and not s[2]._done]
            self.sleeping = live
            if not live:
                time.sleep_ms(20)  # everything waits on events nobody can set: block like a board
                continue
            first = live[0]
            for s in live:
                if time.ticks_diff(s[0], first[0]) < 0:
                    first = s
            d = time.ticks_diff(first[0], now)
            if d > 0:
                time.sleep_ms(d)
            self.sleeping.remove(first)
            self._ready(first[2])
        if main.exc is not None:
            raise main.exc
        return main.result

    def run_forever(self):
        self.run_until_complete(Event().wait())

    def stop(self):
        pass

    def close(self):
        pass


_the_loop = None


def _loop():
    global _the_loop
    if _the_loop is None:
        _the_loop = Loop()
    return _the_loop


def get_event_loop():
    return _loop()


def new_event_loop():
    global _the_loop
    _the_loop = Loop()
    return _the_loop


def current_task():
    return _loop().current


def create_task(coro):
    return _loop().create_task(coro)


def run(coro):
    return new_event_loop().run_until_complete(coro)


def sleep_ms(ms):
    return _Yield(_SLEEP, int(ms))


def sleep(seconds):
    return _Yield(_SLEEP, int(seconds * 1000))


async def gather(*aws, return_exceptions=False):
    tasks = [a if isinstance(a, Task) else create_task(a) for a in aws]
    results = []
    for t in tasks:
        try:
            results.append(await t)
        except Exception as e:
            if not return_exceptions:
                raise
            results.append(e)
    return results


async def wait_for_ms(aw, timeout_ms):
    import time
    t = aw if isinstance(aw, Task) else create_task(aw)
    if timeout_ms is None:
        return await t
    deadline = time.ticks_add(time.ticks_ms(), int(timeout_ms))
    while not t._done:
        left = time.ticks_diff(deadline, time.ticks_ms())
        if left <= 0:
            t.cancel()
            raise TimeoutError()
        await sleep_ms(min(left, 10))
    return await t


def wait_for(aw, timeout):
    return wait_for_ms(aw, None if timeout is None else timeout * 1000)
