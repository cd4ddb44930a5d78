# tsmp_bytes: Uint8Array operations as bytearray (values wrap modulo 256 like JavaScript's ToUint8:
# fill, set, from, map, new Uint8Array(length or values)).
from tsmp_core import num, RangeError
from tsmp_array import _index


def to_u8(v):
    x = num(v)
    if x != x or x - x != 0:
        return 0
    return int(x) & 255


def new_bytes(src=0):
    # new Uint8Array(length) or new Uint8Array(values)
    if type(src) in (int, float):
        n = src
        if n != n or n - n != 0 or n != int(n) or n < 0:
            raise RangeError("Invalid typed array length: " + str(src))
        return bytearray(int(n))
    if type(src) in (bytes, bytearray):
        return bytearray(src)
    return bytearray([to_u8(v) for v in src])


def b_from(src, fn=None):
    if fn is None:
        return new_bytes(src if type(src) not in (int, float) else [])
    return bytearray([to_u8(fn(v, i)) for i, v in enumerate(src)])


def b_map(b, fn):
    return bytearray([to_u8(fn(v, i)) for i, v in enumerate(b)])


def b_fill(b, v, start=None, end=None):
    n = len(b)
    x = to_u8(v)
    for i in range(_index(start, n, 0), _index(end, n, n)):
        b[i] = x
    return b


def b_set(b, src, offset=0):
    o = num(offset)
    o = 0 if o != o else o
    if o < 0 or o - o != 0 or o + len(src) > len(b):
        raise RangeError("offset is out of bounds")
    o = int(o)
    for i, v in enumerate(src):
        b[o + i] = v if type(src) in (bytes, bytearray) else to_u8(v)
