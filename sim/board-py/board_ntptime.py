# `ntptime` for the virtual board (frozen into ESP32 firmware): the board's clock is the host's,
# already right, so settime() only checks the name resolves like the real one would.
import time as _time

host = "pool.ntp.org"
timeout = 1

# Seconds between MicroPython's 2000-01-01 epoch and the Unix epoch.
_NTP_DELTA_2000 = 946684800


def time():
    """Seconds since MicroPython's epoch, as the real ntptime.time() returns them."""
    t = _time.time()
    return t - _NTP_DELTA_2000 if t > _NTP_DELTA_2000 else t


def settime():
    pass
