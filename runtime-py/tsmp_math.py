# tsmp_math: JavaScript number operations (/, %, **, Math.*, 32-bit bitwise operators, parseInt,
# parseFloat, toFixed, toString(radix)) with JavaScript's results for NaN, Infinity and -0.
import math
from tsmp_core import js_str, fmt_num, num, RangeError

# Defined here too (equal to tsmp_core's): int-only programs then need not load tsmp_core for them.
NaN = float("nan")
Infinity = float("inf")

_copysign = math.copysign
_floor = math.floor


def _n(r):
    # Integral finite floats become ints (so they index lists and pass to board APIs); -0 stays -0.0.
    if r == r and r - r == 0 and r == int(r) and -9007199254740992 < r < 9007199254740992:
        if r == 0 and _copysign(1, r) < 0:
            return r
        return int(r)
    return r


def is_nan(x):
    return x != x


def is_finite(x):
    return type(x) in (int, float) and x == x and x - x == 0


def is_integer(x):
    return type(x) in (int, float) and x == x and x - x == 0 and x == int(x)


def mul(a, b):
    # a * b: a zero product of ints with a negative factor is -0, as in JavaScript.
    r = a * b
    if r == 0 and type(r) is int and (a < 0 or b < 0):
        return -0.0
    return r


def div(a, b):
    if type(a) is int and type(b) is int and b and a % b == 0 and (a or b > 0) and -1 <= a >> 53 <= 0:
        return a // b
    if b == 0:
        if a != a or a == 0:
            return NaN
        neg = (a < 0) != (_copysign(1, b) < 0)
        return -Infinity if neg else Infinity
    return _n(a / b)


def mod(a, b):
    if type(a) is int and type(b) is int:
        if b == 0:
            return NaN
        r = abs(a) % abs(b)
        if a < 0:
            return -r if r else -0.0
        return r
    if b == 0 or a != a or b != b or a == Infinity or a == -Infinity:
        return NaN
    if b == Infinity or b == -Infinity:
        return a
    r = math.fmod(a, b)
    if r == 0:
        return -0.0 if _copysign(1, a) < 0 else 0
    return _n(r)


def floor(x):
    if type(x) is int or x != x or x - x != 0 or x == 0:
        return x
    return _floor(x)


def floor_div(a, b):
    # Math.floor(a / b): for ints with b > 0 and |a| <= 2^53 the rounded quotient floors to a // b.
    if type(a) is int and type(b) is int and b > 0 and -1 <= a >> 53 <= 0:
        return a // b
    # Imported here so that a program whose quotients are all ints never loads the float path.
    from tsmp_math import floor, div
    return floor(div(a, b))


def ceil(x):
    if type(x) is int or x != x or x - x != 0 or x == 0:
        return x
    r = math.ceil(x)
    if r == 0 and x < 0:
        return -0.0
    return r


def round_(x):
    if type(x) is int or x != x or x - x != 0 or x == 0:
        return x
    r = _floor(x)
    if x - r >= 0.5:
        r += 1
    if r == 0 and x < 0:
        return -0.0
    return r


def trunc(x):
    if type(x) is int or x != x or x - x != 0 or x == 0:
        return x
    r = int(x)
    if r == 0 and x < 0:
        return -0.0
    return r


def sign(x):
    if x != x or x == 0:
        return x
    return 1 if x > 0 else -1


def js_min2(a, b):
    # Math.min(a, b): ints (never -0, never NaN) compare as Python's.
    if type(a) is int and type(b) is int:
        return a if a <= b else b
    return js_min(a, b)


def js_max2(a, b):
    if type(a) is int and type(b) is int:
        return a if a >= b else b
    return js_max(a, b)


def js_min(*args):
    r = Infinity
    for v in args:
        if v != v:
            return NaN
        if v < r or (v == 0 and r == 0 and _copysign(1, v) < 0):
            r = v
    return r


def js_max(*args):
    r = -Infinity
    for v in args:
        if v != v:
            return NaN
        if v > r or (v == 0 and r == 0 and _copysign(1, r) < 0):
            r = v
    return r


def js_pow(a, b):
    if b != b:
        return NaN
    if b == 0:
        return 1
    if a != a:
        return NaN
    if (a == 1 or a == -1) and (b == Infinity or b == -Infinity):
        return NaN
    if a == 0:
        # -0 keeps its sign under an odd integer power: (-0) ** 3 is -0, (-0) ** -3 is -Infinity
        neg_odd = _copysign(1, a) < 0 and b - b == 0 and b == int(b) and int(b) % 2 == 1
        if b < 0:
            return -Infinity if neg_odd else Infinity
        return -0.0 if neg_odd else 0
    if a == -Infinity and b - b == 0 and b != int(b):
        # a non-integer power of -Infinity is +Infinity or +0 (only odd integers keep the sign)
        return Infinity if b > 0 else 0
    if a < 0 and b - b == 0 and b != int(b):
        return NaN
    if type(a) is int and type(b) is int and b > 1074 and (a > 1 or a < -1):
        # Too big for an exact integer power: JavaScript computes it in floating point anyway.
        from tsmp_numfmt import to_float
        a = to_float(a)
    try:
        r = a ** b
    except OverflowError:
        return Infinity if a > 0 or (type(b) is int and b % 2 == 0) else -Infinity
    if type(r) is int:
        if -9007199254740992 < r < 9007199254740992:
            return r
        from tsmp_numfmt import to_float
        return to_float(r)
    return _n(r)


def sqrt(x):
    if x != x or x < 0:
        return NaN
    if x == Infinity:
        return x
    return _n(math.sqrt(x))


def _i32(x):
    if type(x) is not int:
        x = num(x)
        if x != x or x - x != 0:
            return 0
        x = int(x)
    x &= 0xFFFFFFFF
    return x - 0x100000000 if x >= 0x80000000 else x


def _u32(x):
    return _i32(x) & 0xFFFFFFFF


def imul(a, b):
    # Math.imul: the low 32 bits of the product, as a signed int32.
    return _i32(_i32(a) * _i32(b))


def clz32(x):
    x = _u32(x)
    n = 32
    while x:
        x >>= 1
        n -= 1
    return n


# For int operands, ToInt32(a) op ToInt32(b) has the same low 32 bits as Python's a op b, so one
# wrap at the end (skipped when already in int32 range) gives JavaScript's result.
def _wrap32(r):
    if -2147483648 <= r <= 2147483647:
        return r
    r &= 0xFFFFFFFF
    return r - 0x100000000 if r >= 0x80000000 else r


def bor(a, b):
    if type(a) is int and type(b) is int:
        return _wrap32(a | b)
    return _i32(_i32(a) | _i32(b))


def band(a, b):
    if type(a) is int and type(b) is int:
        return _wrap32(a & b)
    return _i32(_i32(a) & _i32(b))


def bxor(a, b):
    if type(a) is int and type(b) is int:
        return _wrap32(a ^ b)
    return _i32(_i32(a) ^ _i32(b))


def bnot(a):
    return ~_i32(a)


def shl(a, b):
    return _i32(_i32(a) << (_u32(b) & 31))


def shr(a, b):
    if type(a) is int and type(b) is int and 0 <= b < 32:
        return _wrap32(a) >> b
    return _i32(a) >> (_u32(b) & 31)


def ushr(a, b):
    if type(a) is int and type(b) is int and 0 <= b < 32:
        return (a & 0xFFFFFFFF) >> b
    return _u32(a) >> (_u32(b) & 31)




def is_safe_integer(x):
    return is_integer(x) and -9007199254740991 <= x <= 9007199254740991
