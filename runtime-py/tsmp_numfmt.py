# tsmp_numfmt: number parsing and formatting exactly as JavaScript does it: parseInt, parseFloat,
# toFixed / toPrecision / toExponential from the exact binary value, toString(radix), and
# Number::toString of floats (fmt_float, imported by tsmp_core.fmt_num when first needed) and an
# int as the nearest double (to_float, imported by js_pow for powers beyond 2^53).
import math
from tsmp_core import NaN, Infinity, js_str, fmt_num, num, RangeError, js_trim

_floor = math.floor


_DOUBLE = 16777216.0 + 1 != 16777216.0


def to_float(n):
    # An int as the nearest double (ties to even); MicroPython's float(int) may be off by one unit
    # for integers above 2**53.
    if -9007199254740992 <= n <= 9007199254740992 or not _DOUBLE:
        return float(n)
    sign = 1
    if n < 0:
        sign, n = -1, -n
    if n >= (1 << 1024) - (1 << 970):
        return sign * Infinity
    b = math.frexp(float(n))[1]
    while (1 << b) <= n:
        b += 1
    while (1 << (b - 1)) > n:
        b -= 1
    shift = b - 53
    q = n >> shift
    r = n - (q << shift)
    half = 1 << (shift - 1)
    if r > half or (r == half and q & 1):
        q += 1
    return sign * math.ldexp(float(q), shift)


def _pow10_cmp(d, s, n, be):
    # Sign of d * 10**s - n * 2**be, in exact integers.
    if s >= 0:
        d *= 10 ** s
    else:
        n *= 10 ** -s
    if be >= 0:
        n <<= be
    else:
        d <<= -be
    return (d > n) - (d < n)


def _digits_near(m, be, s):
    # The integer nearest to m * 2**be / 10**s (ties to even).
    num, den = m, 1
    if be >= 0:
        num <<= be
    else:
        den <<= -be
    if s >= 0:
        den *= 10 ** s
    else:
        num *= 10 ** -s
    q, r = divmod(num, den)
    if 2 * r > den or (2 * r == den and q & 1):
        q += 1
    return q


def _shortest(x):
    # The shortest decimal that reads back as x (what JavaScript prints), as "<digits>e<exp>",
    # found with exact integer arithmetic: MicroPython's float parsing and formatting are not
    # always correctly rounded. A board with single-precision floats keeps MicroPython's repr.
    if not _DOUBLE:
        return repr(x)
    sign = ""
    if x < 0:
        sign, x = "-", -x
    f, e = math.frexp(x)
    m = int(f * 9007199254740992.0)
    e -= 53
    if e < -1074:
        m >>= -1074 - e
        e = -1074
    be = e - 2
    lo = 4 * m - (1 if m == 4503599627370496 and e > -1074 else 2)
    hi = 4 * m + 2
    even = m % 2 == 0
    k = int(math.floor(math.log10(x)))
    while _pow10_cmp(1, k, 4 * m, be) > 0:
        k -= 1
    while _pow10_cmp(1, k + 1, 4 * m, be) <= 0:
        k += 1

    def fits(d, s):
        a = _pow10_cmp(d, s, lo, be)
        b = _pow10_cmp(d, s, hi, be)
        return (a > 0 or (a == 0 and even)) and (b < 0 or (b == 0 and even))

    def best(p):
        s = k - p + 1
        d = _digits_near(4 * m, be, s)
        if fits(d, s):
            return d, s
        other = d + 1 if _pow10_cmp(d, s, 4 * m, be) < 0 else d - 1
        if fits(other, s):
            return other, s
        return None

    low, high, found = 1, 17, None
    while low <= high:
        mid = (low + high) // 2
        r = best(mid)
        if r:
            found, high = r, mid - 1
        else:
            low = mid + 1
    if not found:
        found = best(17) or (_digits_near(4 * m, be, k - 16), k - 16)
    return sign + str(found[0]) + "e" + str(found[1])


def fmt_float(x):
    # Number::toString of a float (or an int beyond 2^53), exactly as JavaScript prints it.
    if type(x) is int:
        x = to_float(x)
    if x != x:
        return "NaN"
    if x == Infinity:
        return "Infinity"
    if x == -Infinity:
        return "-Infinity"
    if x == 0:
        return "0"
    if -9007199254740992.0 < x < 9007199254740992.0 and x == int(x):
        return str(int(x))
    r = _shortest(x)
    neg = r[0] == "-"
    if neg:
        r = r[1:]
    e = 0
    i = r.find("e")
    if i >= 0:
        e = int(r[i + 1:])
        r = r[:i]
    d = r.find(".")
    if d >= 0:
        ip = r[:d]
        digits = ip + r[d + 1:]
    else:
        ip = r
        digits = r
    z = 0
    while z < len(digits) - 1 and digits[z] == "0":
        z += 1
    n = len(ip) - z + e
    digits = digits[z:].rstrip("0") or "0"
    k = len(digits)
    if k <= n <= 21:
        s = digits + "0" * (n - k)
    elif 0 < n <= 21:
        s = digits[:n] + "." + digits[n:]
    elif -6 < n <= 0:
        s = "0." + "0" * (-n) + digits
    else:
        ex = n - 1
        sign = "+" if ex >= 0 else "-"
        s = (digits if k == 1 else digits[0] + "." + digits[1:]) + "e" + sign + str(abs(ex))
    return "-" + s if neg else s


def _n(r):
    if r == r and r - r == 0 and r == int(r) and -9007199254740992 < r < 9007199254740992:
        if r == 0 and math.copysign(1, r) < 0:
            return r
        return int(r)
    return r


_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def parse_int(s, radix=None):
    s = js_trim(js_str(s))
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
    s = js_trim(js_str(s))
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
    # V8's digits: fraction digits until the rest is below half an ulp of x (rounding the last
    # digit up when the rest is above one half), then the integer part by repeated division.
    neg = x < 0
    x = -x if neg else x
    integer = math.floor(x)
    fraction = x - integer
    delta = max(math.ldexp(0.5, math.frexp(x)[1] - 53), 5e-324)
    frac = []
    if fraction >= delta:
        while True:
            fraction *= radix
            delta *= radix
            dgt = int(fraction)
            frac.append(dgt)
            fraction -= dgt
            if fraction > 0.5 or (fraction == 0.5 and dgt & 1):
                if fraction + delta > 1:
                    while True:
                        if not frac:
                            integer += 1
                            break
                        dgt = frac.pop() + 1
                        if dgt < radix:
                            frac.append(dgt)
                            break
                    break
            if fraction < delta:
                break
    zeros = 0
    while integer / radix >= 9007199254740992.0:
        integer /= radix
        zeros += 1
    s = ""
    while True:
        r = math.fmod(integer, radix)
        s = _DIGITS[int(r)] + s
        integer = (integer - r) / radix
        if integer <= 0:
            break
    s += "0" * zeros
    if frac:
        s += "." + "".join(_DIGITS[d] for d in frac)
    return "-" + s if neg else s




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
