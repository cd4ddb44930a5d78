# `time` for the virtual board: the port's own module with sleep/sleep_ms/sleep_us replaced by a
# blocking wait that Ctrl-C (and the reset button) can interrupt, as on an ESP32.
import sys
from board_host import host, check

import time as _time


class _TimeModule:
    def __init__(self):
        for name in dir(_time):
            if not name.startswith("__") and not name.startswith("sleep"):
                setattr(self, name, getattr(_time, name))
        self.__name__ = "time"

    def sleep_ms(self, ms):
        _sleep(int(ms))

    def sleep(self, seconds):
        _sleep(int(seconds * 1000))

    def sleep_us(self, us):
        us = int(us)
        if us >= 1000:
            _sleep(us // 1000)
        else:
            _time.sleep_us(us)


def _sleep(ms):
    # Sleep in slices up to the next machine.Timer deadline, running due timer callbacks.
    machine = sys.modules.get("machine")
    end = _time.ticks_add(_time.ticks_ms(), max(0, ms))
    while True:
        now = _time.ticks_ms()
        if machine is not None and machine.Timer._active:
            machine._run_due_timers(now)
            now = _time.ticks_ms()
        left = _time.ticks_diff(end, now)
        if left <= 0:
            return
        nxt = machine._next_timer_ms(now) if machine is not None and machine.Timer._active else None
        check(host.sleep_ms(left if nxt is None else min(left, max(1, nxt))))


module = _TimeModule()
