# tsmp_numfmt: JavaScript's number formatting and parsing, exact.
# parseInt, parseFloat, toFixed / toPrecision / toExponential from the exact binary value,
# toString(radix), Number::toString of floats (fmt_float, imported by tsmp_core.fmt_num and
# tsmp_print when first needed) and an int as the nearest double (to_float, imported by js_pow
# for powers beyond 2^53).
import math
from tsmp_core import NaN, Infinity, js_str, fmt_num, num, RangeError, js_trim


_DOUBLE = 16777216.0 + 1 != 16777216.0
_INF = float("inf")


def to_float(n):
    # An int as the nearest double (ties to even); MicroPython's float(int) may be off by one unit
    # for integers above 2**53.
    if -9007199254740992 <= n <= 9007199254740992 or not _DOUBLE:
        return float(n)
    if n < 0:
        return -to_float(-n)
    if n >= (1 << 1024) - (1 << 970):
        return _INF
    b = math.frexp(float(n))[1] - 53
    while n >> b >= 1 << 53:
        b += 1
    while n >> b < 1 << 52:
        b -= 1
    # n / 2**b rounded half to even: (n + 2**(b-1) - 1 + (1 if the quotient is odd)) >> b
    return math.ldexp(float(n + (1 << b - 1) - 1 + (n >> b & 1) >> b), b)


def _digits(x):
    # x > 0 as (digits, n), x ~ 0.<digits> * 10**n: the shortest digits that read back as x, the
    # nearest to x of those (ties to an even last digit), as V8 prints them. Burger & Dybvig's
    # free-format digit generation on exact integers (MicroPython's float formatting is not
    # always correctly rounded): x = r / s and the rounding boundaries are (r - mm) / s and
    # (r + mp) / s, included when the mantissa is even (c = 1). A board with single-precision
    # floats keeps MicroPython's repr.
    if not _DOUBLE:
        m, e = (repr(x) + "e0").split("e")[:2]
        p = (m + ".").find(".")
        m = m.replace(".", "")
        z = len(m) - len(m.lstrip("0"))
        return m.strip("0"), p - z + int(e)
    f, e = math.frexp(x)
    m = int(f * 9007199254740992.0)
    e -= 53
    if e < -1074:
        m >>= -1074 - e
        e = -1074
    c = 1 - m % 2
    b = max(e, 0)
    n = math.ceil(math.log10(x))
    t = 10 ** max(-n, 0)
    r, s, mp = (m << b + 2) * t, (4 << max(-e, 0)) * 10 ** max(n, 0), (2 << b) * t
    mm = mp >> (m == 4503599627370496 and e > -1074)
    while r + mp + c > s:
        s *= 10
        n += 1
    while 10 * (r + mp) + c <= s:
        r, mp, mm, n = 10 * r, 10 * mp, 10 * mm, n - 1
    d = 0
    while True:
        q, r = divmod(10 * r, s)
        mp *= 10
        mm *= 10
        lo = r < mm + c
        hi = r + mp + c > s
        if lo or hi:
            break
        d = 10 * d + q
    if hi and (not lo or 2 * r + (q & 1) > s):
        q += 1
    return str(10 * d + q), n


def fmt_float(x):
    # Number::toString of a float (or an int beyond 2^53), exactly as JavaScript prints it.
    if type(x) is int:
        x = to_float(x)
    if x != x:
        return "NaN"
    if x < 0:
        return "-" + fmt_float(-x)
    if x == _INF:
        return "Infinity"
    if x < 9007199254740992.0 and x == int(x):
        return str(int(x))
    d, n = _digits(x)
    k = len(d)
    if k <= n <= 21:
        return d + "0" * (n - k)
    if 0 < n <= 21:
        return d[:n] + "." + d[n:]
    if -6 < n <= 0:
        return "0." + "0" * -n + d
    return d[0] + ("." + d[1:] if k > 1 else "") + ("e+" if n > 0 else "e-") + str(abs(n - 1))


def log_num(x):
    # console.log of a value typed string, number or boolean that tsmp_print leaves: a number
    # (-0 prints as -0 there, String(-0) is "0"), or undefined or null at run time.
    if type(x) is float or type(x) is int:
        return "-0" if x == 0 and str(x)[0] == "-" else fmt_float(x)
    # undefined, or null (whose repr is "null"); without js_str, so printing ships no String().
    return "undefined" if x is None else str(x)


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


def _arg(v, none):
    # A digits or radix argument: undefined is `none`; the compiler passes anything not typed
    # number through num() first, so what is left (null via `!`, NaN) counts as 0 like in JS.
    if v is None:
        return none
    return v if (type(v) is int or type(v) is float) and v == v else 0


def to_fixed(x, d=0):
    d = _arg(d, 0)
    if d <= -1 or d >= 101:
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


def _round(x, p):
    # x (finite, nonzero) to p significant digits, ties away from zero: (digits, exponent of the first)
    e = math.floor(math.log10(abs(x)))
    n = _scaled(x, p - 1 - e)
    if n >= 10 ** p:
        e += 1
        n = _scaled(x, p - 1 - e)
    elif n < 10 ** (p - 1):
        e -= 1
        n = _scaled(x, p - 1 - e)
    return str(n), e


def _exp_form(sign, m, e):
    return sign + m[0] + ("." + m[1:] if len(m) > 1 else "") + ("e+" if e >= 0 else "e-") + str(abs(e))


def to_precision(x, p):
    if p is None:
        return fmt_num(x)
    p = _arg(p, 0)
    if x != x or x - x != 0:
        return fmt_num(x)
    if p < 1 or p >= 101:
        raise RangeError("toPrecision() argument must be between 1 and 100")
    p = int(p)
    if x == 0:
        return "0" + ("." + "0" * (p - 1) if p > 1 else "")
    mant, e = _round(x, p)
    sign = "-" if x < 0 else ""
    if e < -6 or e >= p:
        return _exp_form(sign, mant, e)
    if e >= 0:
        return sign + mant[:e + 1] + ("." + mant[e + 1:] if p > e + 1 else "")
    return sign + "0." + "0" * (-e - 1) + mant


def to_radix(x, radix=10):
    radix = _arg(radix, 10)
    if radix < 2 or radix >= 37:
        raise RangeError("toString() radix must be between 2 and 36")
    radix = int(radix)
    if radix == 10 or x != x or x - x != 0:
        return fmt_num(x)
    if x < 0:
        return "-" + to_radix(-x, radix)
    # V8's digits: fraction digits until the rest is below half an ulp of x (rounding the last
    # digit up when the rest is above one half), then the integer part by repeated division,
    # digits below the 53 bits of a double written as 0.
    i = math.floor(x)
    f = x - i
    delta = max(math.ldexp(0.5, math.frexp(x)[1] - 53), 5e-324)
    frac = []
    while f >= delta:
        f *= radix
        delta *= radix
        d = int(f)
        frac.append(d)
        f -= d
        if (f > 0.5 or f == 0.5 and d & 1) and f + delta > 1:
            while True:
                if not frac:
                    i += 1
                    break
                d = frac.pop() + 1
                if d < radix:
                    frac.append(d)
                    break
            break
    s = ""
    while i / radix >= 9007199254740992.0:
        i /= radix
        s += "0"
    while True:
        r = math.fmod(i, radix)
        s = _DIGITS[int(r)] + s
        i = (i - r) / radix
        if i <= 0:
            break
    return s + ("." + "".join(_DIGITS[d] for d in frac) if frac else "")


def to_exponential(x, d=None):
    # Without digits the shortest round-trip ones (as Number::toString); with them, the exact
    # value rounded half away from zero.
    d = _arg(d, None)
    if x != x or x - x != 0:
        return fmt_num(x)
    if d is not None and (d <= -1 or d >= 101):
        raise RangeError("toExponential() argument must be between 0 and 100")
    if x == 0:
        m, e = "0" * (int(d or 0) + 1), 0
    elif d is None:
        m, e = _digits(abs(x))
        e -= 1
    else:
        m, e = _round(x, int(d) + 1)
    return _exp_form("-" if x < 0 else "", m, e)
