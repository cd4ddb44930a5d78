# `machine` for the Eduponics Mini virtual board: pins, ADC, I2C that answers with the board's
# sensor addresses, PWM, unique_id, reset (reboots the virtual board), freq, deepsleep.
import sys
from board_host import host, check, board_id

PWRON_RESET = 1
HARD_RESET = 2
WDT_RESET = 3
DEEPSLEEP_RESET = 4
SOFT_RESET = 5

_reset_cause = PWRON_RESET
if host is not None:
    _reset_cause = host.reset_cause()

PIN_WAKE = 2
EXT0_WAKE = 2
EXT1_WAKE = 3
TIMER_WAKE = 4
TOUCHPAD_WAKE = 5
ULP_WAKE = 6

# I2C addresses that answer on the Eduponics Mini; the host passes them from boards/eduponics-mini.ts
# (v2 board: SHT30, AT24C32 EEPROM, PCF8563 RTC, BH1750 light, QMP6988).
I2C_DEVICES = [0x44, 0x50, 0x51, 0x5C, 0x70]
if host is not None:
    I2C_DEVICES = [int(a) for a in host.i2c_devices().split(",") if a]

_freq = 160000000


def unique_id():
    return board_id()


def _reboot(kind):
    # On the virtual board the host restarts the VM (this call does not return); when a program
    # runs under `tsmp run` a reset ends the program.
    if host is not None and host.reset(kind):
        while True:
            check(host.sleep_ms(60000))
    import board_host
    if board_host.reboot_hook is not None:
        board_host.reboot_hook(kind)
    sys.exit(0)


def reset():
    _reboot("hard")


def soft_reset():
    _reboot("soft")


def reset_cause():
    return _reset_cause


def wake_reason():
    return TIMER_WAKE if _reset_cause == DEEPSLEEP_RESET else 0


def time_pulse_us(pin, pulse_level, timeout_us=1000000):
    return -1


def freq(hz=None):
    global _freq
    if hz is None:
        return _freq
    _freq = hz


def deepsleep(ms=0):
    # Waking from deep sleep is a reset; without a timeout the board sleeps until the reset button.
    if ms:
        import time
        time.sleep_ms(ms)
    else:
        while host is not None:
            check(host.sleep_ms(60000))
    _reboot("deepsleep")


def lightsleep(ms=0):
    if ms:
        import time
        time.sleep_ms(ms)


def idle():
    # Waits for the next interrupt (the 1 ms tick) on a board; interruptible here too.
    if host is not None:
        check(host.sleep_ms(1))


def disable_irq():
    return 0


def enable_irq(state=0):
    pass


# The pins' levels, shared by Pin objects made for the same GPIO number.
_levels = {}


class Pin:
    IN = 1
    OUT = 3
    OPEN_DRAIN = 7
    PULL_UP = 2
    PULL_DOWN = 1
    IRQ_RISING = 1
    IRQ_FALLING = 2
    WAKE_LOW = 4
    WAKE_HIGH = 5
    DRIVE_0 = 0
    DRIVE_1 = 1
    DRIVE_2 = 2
    DRIVE_3 = 3

    def __init__(self, id, mode=-1, pull=-1, value=None, drive=None, hold=None):
        self.id = id
        self.mode = mode
        self.pull = pull
        if value is not None:
            _levels[id] = 1 if value else 0
        elif id not in _levels:
            _levels[id] = 1 if pull == Pin.PULL_UP else 0

    def init(self, mode=-1, pull=-1, value=None, drive=None, hold=None):
        self.__init__(self.id, mode, pull, value)

    def value(self, v=None):
        if v is None:
            return _levels.get(self.id, 0)
        _levels[self.id] = 1 if v else 0

    def __call__(self, v=None):
        return self.value(v)

    def on(self):
        _levels[self.id] = 1

    def off(self):
        _levels[self.id] = 0

    def irq(self, handler=None, trigger=3, wake=None):
        return None

    def __repr__(self):
        return "Pin(%d)" % self.id


class Signal:
    def __init__(self, pin, invert=False):
        self.pin = pin
        self.invert = invert

    def value(self, v=None):
        if v is None:
            return self.pin.value() ^ self.invert
        self.pin.value((1 if v else 0) ^ self.invert)

    def on(self):
        self.value(1)

    def off(self):
        self.value(0)


class ADC:
    ATTN_0DB = 0
    ATTN_2_5DB = 1
    ATTN_6DB = 2
    ATTN_11DB = 3
    WIDTH_9BIT = 0
    WIDTH_10BIT = 1
    WIDTH_11BIT = 2
    WIDTH_12BIT = 3

    # Simulated raw readings: the soil probe on GPIO35 reads a moist soil (~2400 of 4095).
    readings = {35: 2400}

    def __init__(self, pin, atten=None):
        self.pin = pin.id if isinstance(pin, Pin) else pin
        self._atten = atten if atten is not None else ADC.ATTN_0DB

    def atten(self, value):
        self._atten = value

    def width(self, value):
        pass

    def read(self):
        return ADC.readings.get(self.pin, 0)

    def read_u16(self):
        raw = self.read()
        return (raw * 65535) // 4095

    def read_uv(self):
        return (self.read() * 3300000) // 4095


class I2C:
    def __init__(self, id=0, scl=None, sda=None, freq=400000, timeout=50000):
        self.id = id
        self.scl = scl
        self.sda = sda
        self.freq = freq

    def init(self, *args, **kwargs):
        pass

    def scan(self):
        return list(I2C_DEVICES)

    def _check(self, addr):
        if addr not in I2C_DEVICES:
            raise OSError(19)  # ENODEV, as the ESP32 port reports a missing device

    def writeto(self, addr, buf, stop=True):
        self._check(addr)
        return len(buf)

    def readfrom(self, addr, nbytes, stop=True):
        self._check(addr)
        return bytes(nbytes)

    def readfrom_into(self, addr, buf, stop=True):
        self._check(addr)
        for i in range(len(buf)):
            buf[i] = 0

    def writeto_mem(self, addr, memaddr, buf, addrsize=8):
        self._check(addr)

    def readfrom_mem(self, addr, memaddr, nbytes, addrsize=8):
        self._check(addr)
        return bytes(nbytes)

    def readfrom_mem_into(self, addr, memaddr, buf, addrsize=8):
        self._check(addr)
        for i in range(len(buf)):
            buf[i] = 0


class SoftI2C(I2C):
    def __init__(self, scl=None, sda=None, freq=400000, timeout=50000):
        I2C.__init__(self, -1, scl, sda, freq, timeout)


class PWM:
    def __init__(self, pin, freq=5000, duty=None, duty_u16=None, duty_ns=None):
        self.pin = pin
        self._freq = freq
        self._duty_u16 = duty_u16 if duty_u16 is not None else ((duty or 0) * 65535) // 1023

    def init(self, freq=None, duty=None, duty_u16=None):
        if freq is not None:
            self._freq = freq
        if duty is not None:
            self.duty(duty)
        if duty_u16 is not None:
            self._duty_u16 = duty_u16

    def freq(self, value=None):
        if value is None:
            return self._freq
        self._freq = value

    def duty(self, value=None):
        if value is None:
            return (self._duty_u16 * 1023) // 65535
        self._duty_u16 = (value * 65535) // 1023

    def duty_u16(self, value=None):
        if value is None:
            return self._duty_u16
        self._duty_u16 = value

    def duty_ns(self, value=None):
        period_ns = 1000000000 // max(1, self._freq)
        if value is None:
            return (self._duty_u16 * period_ns) // 65535
        self._duty_u16 = min(65535, (value * 65535) // period_ns)

    def deinit(self):
        pass


class Timer:
    """Virtual timers: their callbacks run while the program sleeps (time.sleep*), the way
    soft-IRQ callbacks run between bytecodes on the board."""

    ONE_SHOT = 0
    PERIODIC = 1
    _active = []

    def __init__(self, id=-1, **kwargs):
        self.id = id
        self._callback = None
        if kwargs:
            self.init(**kwargs)

    def init(self, mode=PERIODIC, period=-1, freq=-1, callback=None):
        import time
        if freq > 0:
            period = 1000 // freq
        self._mode = mode
        self._period = max(1, int(period))
        self._callback = callback
        self._due = time.ticks_add(time.ticks_ms(), self._period)
        if self not in Timer._active:
            Timer._active.append(self)

    def deinit(self):
        if self in Timer._active:
            Timer._active.remove(self)

    def _fire(self, now):
        import time
        if self._mode == Timer.PERIODIC:
            self._due = time.ticks_add(self._due, self._period)
            if time.ticks_diff(self._due, now) < 0:
                self._due = time.ticks_add(now, self._period)
        else:
            self.deinit()
        if self._callback is not None:
            self._callback(self)


def _next_timer_ms(now):
    """Milliseconds until the next virtual timer is due (None when there are none)."""
    import time
    best = None
    for t in Timer._active:
        d = time.ticks_diff(t._due, now)
        if best is None or d < best:
            best = d
    return None if best is None else max(0, best)


def _run_due_timers(now):
    import time
    for t in list(Timer._active):
        if time.ticks_diff(t._due, now) <= 0:
            t._fire(now)


class WDT:
    """The watchdog: once started it cannot be stopped; not fed within `timeout` ms, the host
    resets the board (reset_cause() == WDT_RESET), or ends a `tsmp run` program with an error."""

    def __init__(self, id=0, timeout=5000):
        self.timeout = max(1, int(timeout))
        if host is not None:
            host.wdt(self.timeout)

    def feed(self):
        if host is not None:
            host.wdt(0)


class RTC:
    def __init__(self):
        self._offset = None

    def datetime(self, value=None):
        import time
        if value is None:
            t = time.localtime()
            return (t[0], t[1], t[2], t[6], t[3], t[4], t[5], 0)

    def init(self, value=None):
        pass


class UART:
    def __init__(self, id, baudrate=115200, **kwargs):
        self.id = id

    def init(self, *args, **kwargs):
        pass

    def any(self):
        return 0

    def read(self, n=None):
        return None

    def write(self, buf):
        return len(buf)


def mem_info():
    import gc
    print("mem: total=%d, current=%d, peak=%d" % (gc.mem_alloc() + gc.mem_free(), gc.mem_alloc(), gc.mem_alloc()))
