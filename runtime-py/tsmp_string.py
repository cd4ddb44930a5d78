# tsmp_string: JavaScript String methods whose Python spelling differs (index clamping, NaN for
# missing characters, replacement patterns, split with "" and limits, padding), TextEncoder/Decoder.
from tsmp_core import NaN, num, js_str, RangeError


def _pos(i, n, default):
    if i is None:
        return default
    i = num(i)
    if i != i:
        return 0
    if i - i != 0:
        return n if i > 0 else 0
    if i > n or i < -n:
        return n if i > 0 else -n
    return int(i)


def s_slice(s, start=None, end=None):
    n = len(s)
    a = _pos(start, n, 0)
    b = _pos(end, n, n)
    if a < 0:
        a = max(0, a + n)
    if b < 0:
        b = max(0, b + n)
    return s[a:b] if a < b else ""


def substring(s, start, end=None):
    n = len(s)
    a = min(max(_pos(start, n, 0), 0), n)
    b = min(max(_pos(end, n, n), 0), n)
    if a > b:
        a, b = b, a
    return s[a:b]


def s_index_of(s, x, start=0):
    n = len(s)
    i = min(max(_pos(start, n, 0), 0), n)
    return s.find(x, i)


def s_last_index_of(s, x, start=None):
    n = len(s)
    i = n if start is None else min(max(_pos(start, n, n), 0), n)
    return s.rfind(x, 0, i + len(x))


def _at_index(i):
    i = num(i)
    if i != i:
        return 0
    if i - i != 0:
        return -1
    return int(i)


def char_at(s, i=0):
    i = _at_index(i)
    return s[i] if 0 <= i < len(s) else ""


def char_code_at(s, i=0):
    i = _at_index(i)
    return ord(s[i]) if 0 <= i < len(s) else NaN


def from_char_code(*codes):
    return "".join(chr(int(num(c)) & 0xFFFF) for c in codes)


def _expand(rep, s, i, m):
    # JavaScript replacement patterns: $$, $&, $` and $'.
    if "$" not in rep:
        return rep
    out = ""
    k = 0
    while k < len(rep):
        c = rep[k]
        if c == "$" and k + 1 < len(rep):
            d = rep[k + 1]
            if d == "$":
                out += "$"
            elif d == "&":
                out += m
            elif d == "`":
                out += s[:i]
            elif d == "'":
                out += s[i + len(m):]
            else:
                out += "$" + d
            k += 2
            continue
        out += c
        k += 1
    return out


def replace(s, pat, rep):
    i = s.find(pat)
    if i < 0:
        return s
    return s[:i] + _expand(rep, s, i, pat) + s[i + len(pat):]


def replace_all(s, pat, rep):
    out = ""
    start = 0
    if pat == "":
        for i in range(len(s) + 1):
            out += _expand(rep, s, i, "") + (s[i] if i < len(s) else "")
        return out
    while True:
        i = s.find(pat, start)
        if i < 0:
            return out + s[start:]
        out += s[start:i] + _expand(rep, s, i, pat)
        start = i + len(pat)


def split(s, sep=None, limit=None):
    if limit is not None:
        limit = int(num(limit)) & 0xFFFFFFFF
        if limit == 0:
            return []
    if sep is None:
        parts = [s]
    elif sep == "":
        parts = list(s)
    else:
        parts = s.split(sep)
    return parts if limit is None else parts[:min(limit, len(parts))]


def _pad(s, n, fill):
    n = num(n)
    n = 0 if n != n else int(n) if n - n == 0 else 0
    fill = " " if fill is None else js_str(fill)
    need = n - len(s)
    if need <= 0 or fill == "":
        return ""
    return (fill * (need // len(fill) + 1))[:need]


def pad_start(s, n, fill=None):
    return _pad(s, n, fill) + s


def pad_end(s, n, fill=None):
    return s + _pad(s, n, fill)


def s_repeat(s, n):
    n = num(n)
    if n != n:
        n = 0
    if n < 0 or n - n != 0:
        raise RangeError("Invalid count value: " + js_str(n))
    return s * int(n)


def trim_start(s):
    return s.lstrip()


def trim_end(s):
    return s.rstrip()


class TextEncoder:
    encoding = "utf-8"

    def encode(self, s=""):
        return bytearray(s.encode())


class TextDecoder:
    encoding = "utf-8"

    def decode(self, b=None):
        if b is None:
            return ""
        return bytes(b).decode()


def upper(s):
    for c in s:
        if ord(c) > 127:
            from tsmp_casemap import case_map
            return case_map(s, True)
    return s.upper()


def lower(s):
    for c in s:
        if ord(c) > 127:
            from tsmp_casemap import case_map
            return case_map(s, False)
    return s.lower()


def s_includes(s, x, pos=None):
    return s.find(js_str(x), min(max(_pos(pos, len(s), 0), 0), len(s))) >= 0


def starts_with(s, x, pos=None):
    i = min(max(_pos(pos, len(s), 0), 0), len(s))
    return s.startswith(js_str(x), i)


def ends_with(s, x, end=None):
    e = min(max(_pos(end, len(s), len(s)), 0), len(s))
    return s[:e].endswith(js_str(x))


def code_point_at(s, i=0):
    i = _at_index(i)
    return ord(s[i]) if 0 <= i < len(s) else None
