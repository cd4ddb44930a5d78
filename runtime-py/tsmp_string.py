# tsmp_string: JavaScript String methods whose Python spelling differs (index clamping, NaN for
# missing characters, replacement patterns, split with "" and limits, padding), TextEncoder/Decoder.
from tsmp_core import NaN, num, js_str, RangeError, _WSX, wide_out


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
    s = s.lstrip()
    while s and s[0] in _WSX:
        s = s[1:].lstrip()
    return s


def trim_end(s):
    s = s.rstrip()
    while s and s[-1] in _WSX:
        s = s[:-1].rstrip()
    return s


class TextEncoder:
    encoding = "utf-8"

    def encode(self, s=""):
        return bytearray(wide_out(s).encode())


def _utf8_decode(b):
    # The WHATWG UTF-8 decoder: each invalid sequence becomes U+FFFD; the result holds UTF-16
    # units (an astral character is its two surrogates).
    out = []
    need = seen = cp = 0
    lo, hi = 0x80, 0xBF
    i, n = 0, len(b)
    while i < n:
        x = b[i]
        i += 1
        if need == 0:
            if x < 0x80:
                out.append(chr(x))
            elif 0xC2 <= x <= 0xDF:
                need, cp = 1, x & 0x1F
            elif 0xE0 <= x <= 0xEF:
                if x == 0xE0:
                    lo = 0xA0
                elif x == 0xED:
                    hi = 0x9F
                need, cp = 2, x & 0xF
            elif 0xF0 <= x <= 0xF4:
                if x == 0xF0:
                    lo = 0x90
                elif x == 0xF4:
                    hi = 0x8F
                need, cp = 3, x & 0x7
            else:
                out.append("\ufffd")
            continue
        if not lo <= x <= hi:
            need = seen = cp = 0
            lo, hi = 0x80, 0xBF
            out.append("\ufffd")
            i -= 1
            continue
        lo, hi = 0x80, 0xBF
        cp = (cp << 6) | (x & 0x3F)
        seen += 1
        if seen == need:
            if cp >= 0x10000:
                cp -= 0x10000
                out.append(chr(0xD800 + (cp >> 10)))
                out.append(chr(0xDC00 + (cp & 0x3FF)))
            else:
                out.append(chr(cp))
            need = seen = cp = 0
    if need:
        out.append("\ufffd")
    return "".join(out)


class TextDecoder:
    encoding = "utf-8"

    def decode(self, b=None):
        if b is None:
            return ""
        b = bytes(b)
        if b[:3] == b"\xef\xbb\xbf":
            b = b[3:]
        if not b or max(b) < 0x80:
            return b.decode()
        return _utf8_decode(b)


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
    if not 0 <= i < len(s):
        return None
    o = ord(s[i])
    if 0xD800 <= o <= 0xDBFF and i + 1 < len(s):
        lo = ord(s[i + 1])
        if 0xDC00 <= lo <= 0xDFFF:
            return 0x10000 + ((o - 0xD800) << 10) + (lo - 0xDC00)
    return o


def code_points(s):
    # A string by code point (for...of, spread, Array.from): a surrogate pair is one item.
    # (ASCII tested by a copy as in wide_out: faster than max())
    if not s or (len(s) < 2048 and len(s.encode()) == len(s)) or max(s) < "\ud800":
        return s
    out = []
    for c in s:
        o = ord(c)
        if out and 0xDC00 <= o <= 0xDFFF and len(out[-1]) == 1 and 0xD800 <= ord(out[-1]) <= 0xDBFF:
            out[-1] += c
        else:
            out.append(c)
    return out


def from_code_point(*codes):
    out = ""
    for c in codes:
        n = num(c)
        if n != n or n - n != 0 or n != int(n) or not 0 <= n <= 0x10FFFF:
            raise RangeError("Invalid code point " + js_str(c))
        n = int(n)
        if n >= 0x10000:
            n -= 0x10000
            out += chr(0xD800 + (n >> 10)) + chr(0xDC00 + (n & 0x3FF))
        else:
            out += chr(n)
    return out


# localeCompare as Node's default (ICU root / en) collation for ASCII text: characters by this
# order (a letter and its capital share a place; control characters are ignored), then capitals
# after small letters. Other text has no exact equivalent on the board and raises a RangeError.
_COLLATION = "\t\n\x0b\x0c\r _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz"


def _collation_keys(s):
    p = []
    t = []
    for c in s:
        o = ord(c)
        if o > 127:
            raise RangeError("localeCompare on the board supports ASCII text only")
        up = 65 <= o <= 90
        i = _COLLATION.find(chr(o + 32) if up else c)
        if i >= 0:
            p.append(i)
            t.append(1 if up else 0)
    return p, t


def locale_compare(a, b):
    a = js_str(a)
    if a == b:
        return 0
    pa, ta = _collation_keys(a)
    pb, tb = _collation_keys(b)
    if pa != pb:
        return -1 if pa < pb else 1
    if ta != tb:
        return -1 if ta < tb else 1
    return 0
