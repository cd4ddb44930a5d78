# tsmp_math: JavaScript number operations (/, %, **, Math.*, 32-bit bitwise operators, parseInt,
# parseFloat, toFixed, toString(radix)) with JavaScript's results for NaN, Infinity and -0.
import math
from tsmp_core import NaN, Infinity, js_str, fmt_num, num, RangeError

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


def div(a, b):
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
        if b < 0:
            odd = b == int(b) and int(b) % 2 == 1 if b - b == 0 else False
            return -Infinity if (odd and _copysign(1, a) < 0) else Infinity
        return 0 if b > 0 else 1
    if a < 0 and b - b == 0 and b != int(b):
        return NaN
    try:
        r = a ** b
    except OverflowError:
        return Infinity
    if type(r) is int:
        if -9007199254740992 < r < 9007199254740992:
            return r
        return float(r)
    return _n(r)


def sqrt(x):
    if x != x or x < 0:
        return NaN
    if x == Infinity:
        return x
    return _n(math.sqrt(x))


def _wrap(f):
    def g(*a):
        for v in a:
            if v != v:
                return NaN
        try:
            return _n(f(*a))
        except (ValueError, OverflowError):
            return NaN
    return g


log_ = _wrap(lambda x: -Infinity if x == 0 else math.log(x))
exp = _wrap(math.exp)
sin = _wrap(math.sin)
cos = _wrap(math.cos)
tan = _wrap(math.tan)
atan = _wrap(math.atan)
asin = _wrap(math.asin)
acos = _wrap(math.acos)
atan2 = _wrap(math.atan2)
hypot = _wrap(lambda *a: math.sqrt(sum(v * v for v in a)))
cbrt = _wrap(lambda x: -((-x) ** (1 / 3)) if x < 0 else x ** (1 / 3))
log10 = _wrap(lambda x: -Infinity if x == 0 else math.log10(x))
log2 = _wrap(lambda x: -Infinity if x == 0 else math.log(x) / math.log(2))


def js_random():
    import random
    return random.getrandbits(30) / 1073741824 + random.getrandbits(22) / 4503599627370496


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


def bor(a, b):
    return _i32(_i32(a) | _i32(b))


def band(a, b):
    return _i32(_i32(a) & _i32(b))


def bxor(a, b):
    return _i32(_i32(a) ^ _i32(b))


def bnot(a):
    return ~_i32(a)


def shl(a, b):
    return _i32(_i32(a) << (_u32(b) & 31))


def shr(a, b):
    return _i32(a) >> (_u32(b) & 31)


def ushr(a, b):
    return _u32(a) >> (_u32(b) & 31)


_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def parse_int(s, radix=None):
    s = js_str(s).strip()
    sign = 1
    if s[:1] in ("+", "-"):
        if s[0] == "-":
            sign = -1
        s = s[1:]
    r = 0 if radix is None else int(num(radix)) if num(radix) == num(radix) else 0
    if r == 0:
        r = 10
        if s[:2] in ("0x", "0X"):
            r = 16
            s = s[2:]
    elif r == 16 and s[:2] in ("0x", "0X"):
        s = s[2:]
    if r < 2 or r > 36:
        return NaN
    v = 0
    n = 0
    for c in s.lower():
        d = _DIGITS.find(c)
        if d < 0 or d >= r:
            break
        v = v * r + d
        n += 1
    if n == 0:
        return NaN
    if sign < 0 and v == 0:
        return -0.0
    return sign * v


def parse_float(s):
    s = js_str(s).strip()
    i = 0
    if s[:1] in ("+", "-"):
        i = 1
    if s[i:i + 8] == "Infinity":
        return -Infinity if s[0] == "-" else Infinity
    j = i
    digits = 0
    while j < len(s) and s[j].isdigit():
        j += 1
        digits += 1
    if j < len(s) and s[j] == ".":
        j += 1
        while j < len(s) and s[j].isdigit():
            j += 1
            digits += 1
    if digits == 0:
        return NaN
    if j < len(s) and s[j] in "eE":
        k = j + 1
        if k < len(s) and s[k] in "+-":
            k += 1
        if k < len(s) and s[k].isdigit():
            while k < len(s) and s[k].isdigit():
                k += 1
            j = k
    f = float(s[:j])
    if f == 0 and s[0] == "-":
        return -0.0
    return _n(f)


def _scaled(x, d):
    # round(|x| * 10**d) computed exactly from the binary value of x, ties away from zero.
    m, e = math.frexp(abs(x))
    M = int(m * 9007199254740992)
    E = e - 53
    num_ = M * (10 ** d) if d >= 0 else M
    den = 1 if d >= 0 else 10 ** (-d)
    if E >= 0:
        num_ <<= E
    else:
        den <<= -E
    q, r = divmod(num_, den)
    if 2 * r >= den:
        q += 1
    return q


def to_fixed(x, d=0):
    d = num(d)
    d = 0 if d != d else d
    if d < 0 or d > 100:
        raise RangeError("toFixed() digits argument must be between 0 and 100")
    d = int(d)
    if x != x:
        return "NaN"
    if x >= 1e21 or x <= -1e21:
        return fmt_num(x)
    n = str(_scaled(x, d))
    if d:
        n = "0" * max(0, d + 1 - len(n)) + n
        n = n[:-d] + "." + n[-d:]
    return "-" + n if x < 0 else n


def to_precision(x, p):
    p = num(p)
    if x != x or x - x != 0:
        return fmt_num(x)
    if p != p or p < 1 or p > 100:
        raise RangeError("toPrecision() argument must be between 1 and 100")
    p = int(p)
    if x == 0:
        return "0" + ("." + "0" * (p - 1) if p > 1 else "")
    e = int(math.floor(math.log10(abs(x))))
    n = _scaled(x, p - 1 - e)
    if n >= 10 ** p:
        e += 1
        n = _scaled(x, p - 1 - e)
    elif n < 10 ** (p - 1):
        e -= 1
        n = _scaled(x, p - 1 - e)
    mant = str(n)
    sign = "-" if x < 0 else ""
    if e < -6 or e >= p:
        return sign + mant[0] + ("." + mant[1:] if p > 1 else "") + "e" + ("+" if e >= 0 else "-") + str(abs(e))
    if e >= 0:
        return sign + mant[:e + 1] + ("." + mant[e + 1:] if p > e + 1 else "")
    return sign + "0." + "0" * (-e - 1) + mant


def to_radix(x, radix=10):
    radix = num(radix)
    if radix != radix or radix < 2 or radix >= 37:
        raise RangeError("toString() radix must be between 2 and 36")
    radix = int(radix)
    if radix == 10 or x != x or x - x != 0:
        return fmt_num(x)
    neg = x < 0
    x = -x if neg else x
    ip = int(x)
    fp = x - ip
    s = ""
    while True:
        s = _DIGITS[ip % radix] + s
        ip //= radix
        if ip == 0:
            break
    if fp:
        s += "."
        for _ in range(52):
            fp *= radix
            dgt = int(fp)
            s += _DIGITS[dgt]
            fp -= dgt
            if fp == 0:
                break
    return "-" + s if neg else s


def is_safe_integer(x):
    return is_integer(x) and -9007199254740991 <= x <= 9007199254740991


def _exp_parts(x, digits):
    # (mantissa digits without the point, decimal exponent) of x rounded to `digits` significant digits.
    s = ("%." + str(digits - 1) + "e") % abs(x)
    m, e = s.split("e")
    return m.replace(".", ""), int(e)


def to_exponential(x, d=None):
    if x != x or x - x != 0:
        return fmt_num(x)
    if d is None:
        s = fmt_num(abs(x))
        digits = s.replace(".", "").lstrip("0")
        mant, e = _exp_parts(x, max(1, len(digits.split("e")[0].rstrip("0")) or 1))
    else:
        mant, e = _exp_parts(x, int(d) + 1)
    body = mant[0] + ("." + mant[1:] if len(mant) > 1 else "")
    return ("-" if x < 0 else "") + body + "e" + ("+" if e >= 0 else "-") + str(abs(e))


def to_precision(x, p):
    p = num(p)
    if x != x or x - x != 0:
        return fmt_num(x)
    if p != p or p < 1 or p > 100:
        raise RangeError("toPrecision() argument must be between 1 and 100")
    p = int(p)
    if x == 0:
        return "0" + ("." + "0" * (p - 1) if p > 1 else "")
    mant, e = _exp_parts(x, p)
    sign = "-" if x < 0 else ""
    if e < -6 or e >= p:
        return sign + mant[0] + ("." + mant[1:] if p > 1 else "") + "e" + ("+" if e >= 0 else "-") + str(abs(e))
    if e >= 0:
        return sign + mant[:e + 1] + ("." + mant[e + 1:] if p > e + 1 else "")
    return sign + "0." + "0" * (-e - 1) + mant
