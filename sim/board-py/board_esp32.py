# `esp32` for the virtual board: wake sources, hall/temperature sensors, partitions (read only).
WAKEUP_ALL_LOW = 0
WAKEUP_ANY_HIGH = 1
HEAP_DATA = 4
HEAP_EXEC = 1

_wake = {}


def wake_on_ext0(pin, level):
    _wake["ext0"] = (pin, level)


def wake_on_ext1(pins, level):
    _wake["ext1"] = (pins, level)


def wake_on_touch(wake):
    _wake["touch"] = wake


def wake_on_ulp(wake):
    _wake["ulp"] = wake


def gpio_deep_sleep_hold(enable):
    pass


def raw_temperature():
    return 120


def mcu_temperature():
    return 48


def hall_sensor():
    return 0


def idf_heap_info(capabilities):
    return [(240000, 4, 180000, 110000)]


class NVS:
    _data = {}

    def __init__(self, namespace):
        self._ns = NVS._data.setdefault(namespace, {})

    def set_i32(self, key, value):
        self._ns[key] = int(value)

    def get_i32(self, key):
        if key not in self._ns:
            raise OSError(-4354)  # ESP_ERR_NVS_NOT_FOUND
        return self._ns[key]

    def set_blob(self, key, value):
        self._ns[key] = bytes(value)

    def get_blob(self, key, buffer):
        data = self._ns.get(key)
        if data is None:
            raise OSError(-4354)
        buffer[: len(data)] = data
        return len(data)

    def erase_key(self, key):
        self._ns.pop(key, None)

    def commit(self):
        pass


class Partition:
    BOOT = 0
    RUNNING = 1
    TYPE_APP = 0
    TYPE_DATA = 1

    def __init__(self, id):
        self._label = "factory" if id in (0, 1, "factory") else str(id)

    def info(self):
        # (type, subtype, address, size, label, encrypted)
        return (0, 0, 0x10000, 0x1F0000, self._label, False)

    @staticmethod
    def find(type=0, subtype=255, label=None):
        return [Partition("factory")]
