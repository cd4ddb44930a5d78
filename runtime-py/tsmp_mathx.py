# tsmp_mathx: the less common Math functions (log, exp, trigonometry, hypot, cbrt, random) with
# JavaScript's NaN / Infinity results instead of Python exceptions.
import math
from tsmp_core import NaN, Infinity
from tsmp_math import _n


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
