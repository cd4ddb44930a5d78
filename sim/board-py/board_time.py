# `time` for the virtual board: the port's own module with sleep/sleep_ms/sleep_us replaced by a
# blocking wait that Ctrl-C (and the reset button) can interrupt, as on an ESP32.
from board_host import host, check

import time as _time


class _TimeModule:
    def __init__(self):
        for name in dir(_time):
            if not name.startswith("__") and not name.startswith("sleep"):
                setattr(self, name, getattr(_time, name))
        self.__name__ = "time"

    def sleep_ms(self, ms):
        check(host.sleep_ms(int(ms)))

    def sleep(self, seconds):
        check(host.sleep_ms(int(seconds * 1000)))

    def sleep_us(self, us):
        us = int(us)
        if us >= 1000:
            check(host.sleep_ms(us // 1000))
        else:
            _time.sleep_us(us)


module = _TimeModule()
