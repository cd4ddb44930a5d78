# The link from the board modules to the host. In the WebAssembly virtual board the JS module
# `_tsmp_host` (registered by sim/vm-worker.ts) does the real work; under a unix `micropython`
# there is no host module and the shims fall back to what the unix port has natively.
try:
    import _tsmp_host as host
except ImportError:
    host = None

INTERRUPTED = "\x03"  # sentinel returned by a blocking host call that Ctrl-C woke up

# Set by board_serial.py when a unix micropython runs the virtual board: machine.reset() and
# friends call it with "hard" / "soft" / "deepsleep" to have the host restart the board.
reboot_hook = None


def check(result):
    """Raise KeyboardInterrupt when a blocking host call was interrupted; else return the result."""
    if result == INTERRUPTED:
        raise KeyboardInterrupt
    return result


def board_id():
    """Six stable bytes naming this virtual board (MAC and machine.unique_id())."""
    import binascii
    if host is not None:
        return binascii.unhexlify(host.board_id())
    return b"\x24\x0a\xc4\x00\x00\x01"
