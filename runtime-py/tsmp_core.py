# tsmp_core: JavaScript value semantics for code compiled by tsmp (null, truthiness, String(),
# Number(), typeof, +, ===, Error classes, caught exceptions, element reads, Date.now()).
import math
# The built-in C module by its u-name: the WebAssembly port puts micropython-lib's `time.py`
# (strftime) in front of it, about 0.3 KB of heap to import.
import utime as time

_PyTypeError = TypeError


class _Null:
    def __bool__(self):
        return False

    def __repr__(self):
        return "null"


null = _Null()
NaN = float("nan")
Infinity = float("inf")
_num_types = (int, float)


# JavaScript's white space and line terminators beyond ASCII (str.strip() removes the ASCII ones).
_WSX = "\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"


def js_trim(s):
    # String.prototype.trim: JavaScript's white space set, not Python's.
    s = s.strip()
    while s and s[0] in _WSX:
        s = s[1:].lstrip()
    while s and s[-1] in _WSX:
        s = s[:-1].rstrip()
    return s


def wide_out(s):
    # A string as text for output: surrogate pairs (how astral characters are stored, one
    # character per UTF-16 unit) become the characters; a lone surrogate becomes U+FFFD, as Node
    # writes it. (ASCII tested by encode(): far faster than max() below 2 KB)
    if not s or (len(s) < 2048 and len(s.encode()) == len(s)) or max(s) < "\ud800":
        return s
    out = []
    hi = 0
    for c in s:
        o = ord(c)
        if hi:
            if 0xDC00 <= o <= 0xDFFF:
                out.append(chr(0x10000 + ((hi - 0xD800) << 10) + (o - 0xDC00)))
                hi = 0
                continue
            out.append("\ufffd")
            hi = 0
        if 0xD800 <= o <= 0xDBFF:
            hi = o
        elif 0xDC00 <= o <= 0xDFFF:
            out.append("\ufffd")
        else:
            out.append(c)
    if hi:
        out.append("\ufffd")
    return "".join(out)


def is_object(v):
    # x instanceof Object: every value except the primitives.
    return not (v is None or v is null or type(v) in (str, int, float, bool))


def nullish(v):
    return v is None or v is null


def truthy(v):
    if v is None or v is null:
        return False
    t = type(v)
    if t is bool:
        return v
    if t is int:
        return v != 0
    if t is float:
        return v == v and v != 0
    if t is str:
        return len(v) > 0
    return True


def fmt_num(x):
    # Number::toString exactly as JavaScript prints it: safe ints as Python prints them; floats
    # and huge ints by tsmp_numfmt.fmt_float, imported on first use so int-only programs never
    # hold its code in RAM.
    if type(x) is int and -1 <= x >> 53 <= 0:  # -2^53 <= x < 2^53 (see tsmp_print)
        return str(x)
    from tsmp_numfmt import fmt_float
    return fmt_float(x)


def js_str(v):
    t = type(v)
    if t is str:
        return v
    if t is bool:
        return "true" if v else "false"
    if t is int or t is float:
        return fmt_num(v)
    if v is None:
        return "undefined"
    if v is null:
        return "null"
    if t is list or t is tuple:
        return ",".join("" if (x is None or x is null) else js_str(x) for x in v)
    if hasattr(v, "toString"):
        return v.toString()
    if isinstance(v, dict):
        return "[object Object]"
    if t is bytearray or t is bytes:
        return ",".join(str(b) for b in v)
    if callable(v):
        return "function " + getattr(v, "__name__", "") + "() { [native code] }"
    return "[object Object]"


def _is_js_number_text(s):
    for c in s:
        if c not in "0123456789.eE+-":
            return False
    return True


def num(v):
    # Number(v): JavaScript's ToNumber.
    t = type(v)
    if t is int or t is float:
        return v
    if t is bool:
        return 1 if v else 0
    if v is None:
        return NaN
    if v is null:
        return 0
    if t is str:
        s = js_trim(v)
        if s == "":
            return 0
        sign = 1
        body = s
        if body[0] in "+-":
            sign = -1 if body[0] == "-" else 1
            body = body[1:]
        if body == "Infinity":
            return sign * Infinity
        low = body[:2].lower()
        if low in ("0x", "0o", "0b") and s[0] not in "+-":
            try:
                return int(body[2:], {"0x": 16, "0o": 8, "0b": 2}[low])
            except ValueError:
                return NaN
        if not _is_js_number_text(body) or body in (".", ""):
            return NaN
        try:
            f = float(body) * sign
        except ValueError:
            return NaN
        if f == int(f) and -9007199254740992 < f < 9007199254740992 and not (f == 0 and sign < 0):
            return int(f)
        return f
    if t is list:
        if len(v) == 0:
            return 0
        if len(v) == 1:
            return num(js_str(v[0]))
        return NaN
    return NaN


def typeof(v):
    if v is None:
        return "undefined"
    t = type(v)
    if t is bool:
        return "boolean"
    if t is int or t is float:
        return "number"
    if t is str:
        return "string"
    if v is null:
        return "object"
    if callable(v):
        return "function"
    return "object"


def _prim(v):
    return v is None or v is null or type(v) in (bool, int, float, str)


def add(a, b):
    # a + b with JavaScript's rules (string concatenation wins, otherwise numbers).
    ta = type(a)
    tb = type(b)
    if (ta is int or ta is float) and (tb is int or tb is float):
        return a + b
    if ta is str or tb is str or not _prim(a) or not _prim(b):
        return js_str(a) + js_str(b)
    return num(a) + num(b)


def strict_eq(a, b):
    ta = type(a)
    tb = type(b)
    if ta is bool or tb is bool:
        return ta is tb and a == b
    if (ta is int or ta is float) and (tb is int or tb is float):
        return a == b
    if ta is str and tb is str:
        return a == b
    return a is b


def get(a, i):
    # a[i] for arrays, strings and bytes: undefined outside the array (never Python's negative index).
    t = type(i)
    if t is int:
        return a[i] if 0 <= i < len(a) else None
    if t is float:
        if i != i or i - i != 0 or i != int(i):
            return None
        i = int(i)
    elif t is str and i.isdigit() and (i == "0" or i[0] != "0"):
        i = int(i)
    elif t is not int:
        return None
    if 0 <= i < len(a):
        return a[i]
    return None


def get_num(a, i):
    # a[i] read as a number (an operand of arithmetic or ordering): undefined there is NaN in JavaScript.
    v = get(a, i)
    return NaN if v is None else v


class Error(Exception):
    name = "Error"

    def __init__(self, message=None):
        m = "" if message is None else js_str(message)
        super().__init__(m)
        self.message = m

    def toString(self):
        if self.message == "":
            return self.name
        return self.name + ": " + self.message

    def __str__(self):
        return self.toString()


class TypeError(Error):
    name = "TypeError"


class RangeError(Error):
    name = "RangeError"


class SyntaxError_(Error):
    name = "SyntaxError"


_names = {"IndexError": "RangeError", "KeyError": "ReferenceError", "AttributeError": "TypeError", "TypeError": "TypeError"}


class Thrown(Exception):
    # A JavaScript `throw` of a value that is not an Error (a string, a number, an object ...).
    def __init__(self, value):
        # The argument is what a traceback shows when nothing catches it.
        super().__init__("Uncaught " + js_str(value))
        self.value = value


def thrown(v):
    # What `throw v` raises: exceptions as they are, any other value carried by a Thrown.
    return v if isinstance(v, BaseException) else Thrown(v)


def caught(e):
    # The value a JavaScript catch clause sees: Errors as they are, a thrown non-Error value itself,
    # MicroPython's own exceptions wrapped as an Error with .name and .message (the original stays
    # in .cause).
    if isinstance(e, Error):
        return e
    if isinstance(e, Thrown):
        return e.value
    pyname = type(e).__name__
    if isinstance(e, _PyTypeError) or isinstance(e, AttributeError):
        err = TypeError(str(e))
    elif pyname == "RuntimeError" and str(e) == "maximum recursion depth exceeded":
        # Deep recursion is a RangeError in JavaScript, with V8's message.
        err = RangeError("Maximum call stack size exceeded")
    else:
        err = Error(str(e) if e.args else "")
        err.name = _names.get(pyname, pyname)
    err.cause = e
    return err


def date_now():
    try:
        ms = time.time_ns() // 1000000
    except AttributeError:
        ms = int(time.time() * 1000)
    if time.gmtime(0)[0] == 2000:
        ms += 946684800000
    return ms


def put(a, i, v):
    # a[i] = v for arrays (writing past the end extends the array like JS) and Uint8Array
    # (out-of-range writes are ignored, values wrap modulo 256).
    if type(i) is int and type(a) is list and 0 <= i < len(a):
        a[i] = v
        return v
    if type(i) is float:
        if i != i or i - i != 0 or i != int(i):
            return v
        i = int(i)
    n = len(a)
    if type(a) is bytearray:
        if 0 <= i < n:
            x = num(v)
            a[i] = 0 if x != x or x - x != 0 else int(x) & 255
        return v
    if 0 <= i < n:
        a[i] = v
    elif i >= n:
        a.extend([None] * (i - n))
        a.append(v)
    return v


class JSClass:
    # Base of compiled classes: instances can also be used where an interface (a plain object,
    # compiled as an ordered dict) is expected: o["x"], o.get("x"), "x" in o.
    def __getitem__(self, k):
        return getattr(self, k)

    def __setitem__(self, k, v):
        setattr(self, k, v)

    def __contains__(self, k):
        return hasattr(self, k)

    def get(self, k, d=None):
        return getattr(self, k, d)


def own_keys(v):
    # Instance attributes in JavaScript creation order (class field order first). A runtime object
    # whose class has _js_name (a generator object ...) has no own properties in JavaScript.
    if getattr(type(v), "_js_name", None):
        return []
    d = v.__dict__
    order = getattr(type(v), "_keys", ())
    return [k for k in order if k in d and k[:2] != "__"] + [k for k in d if k not in order and k[:2] != "__"]


def same_value(a, b):
    # Object.is: like === but NaN equals NaN and 0 differs from -0.
    if type(a) in (int, float) and type(b) in (int, float):
        if a != a:
            return b != b
        if a == 0 and b == 0:
            import math
            return math.copysign(1, a) == math.copysign(1, b)
        return a == b
    return strict_eq(a, b)


def set_length(a, n):
    n = int(num(n))
    if n < len(a):
        del a[n:]
    else:
        a.extend([None] * (n - len(a)))
    return n


def neg(x):
    # Unary minus: -0 for an integer 0, as in JavaScript.
    if x == 0 and type(x) is int:
        return -0.0
    return -x


def new_array(n):
    if type(n) is not int:
        if n != n or n - n != 0 or n != int(n):
            raise RangeError("Invalid array length")
        n = int(n)
    if n < 0 or n > 4294967295:
        raise RangeError("Invalid array length")
    return [None] * n


def set_key(o, k, v):
    # o[k] = v on a plain object as a value (the value stored).
    o[k] = v
    return v


def set_attr(o, k, v):
    # o.k = v on a class instance as a value (the value stored; a setter runs).
    setattr(o, k, v)
    return v


def upd_attr(o, k, d, post):
    # o.k++ / ++o.k as a value (d is +1 or -1).
    old = getattr(o, k)
    setattr(o, k, old + d)
    return old if post else old + d


def upd_item(o, k, d, post):
    # o[k]++ / ++o[k] as a value, for arrays and plain objects (missing → NaN like JS).
    old = get(o, k) if type(o) is list else o.get(k)
    new = old + d if old is not None else NaN
    if type(o) is list:
        put(o, k, new)
    else:
        o[k] = new
    return (NaN if old is None else old) if post else new
