# `esp` for the virtual board: flash geometry of a 4 MB ESP32 module and the debug hooks.
SLEEP_NONE = 0
SLEEP_MODEM = 1
SLEEP_LIGHT = 2
LOG_NONE = 0
LOG_ERROR = 1
LOG_WARNING = 2
LOG_INFO = 3
LOG_DEBUG = 4
LOG_VERBOSE = 5


def flash_size():
    return 4 * 1024 * 1024


def flash_user_start():
    return 0x200000


def flash_id():
    return 0x1640C8


def osdebug(level, *args):
    pass


def sleep_type(kind=None):
    return SLEEP_NONE


def gpio_matrix_in(*args):
    pass


def gpio_matrix_out(*args):
    pass
