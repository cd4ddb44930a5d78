# tsmp_json: JSON.stringify with Node's exact output (key order, spacing, indentation, NaN → null,
# undefined and functions skipped) and JSON.parse keeping key order.
from tsmp_core import null, fmt_num, Error, SyntaxError_, own_keys
from tsmp_collections import Map, Set, obj, keys
from collections import OrderedDict
from json import dumps as _dumps

_ESC = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _str(s):
    # MicroPython's json.dumps quotes a string like JSON.stringify except \b and \f (it writes
    # \u0008 and \u000c), so those rare strings take the slow path.
    if "\b" in s or "\f" in s or (s and max(s) >= "\ud800"):
        return _str_slow(s)
    return _dumps(s)


def _str_slow(s):
    out = '"'
    hi = ""
    for c in s:
        o = ord(c)
        if hi:
            # Well-formed JSON.stringify: a lone surrogate is written as an escape.
            if 0xDC00 <= o <= 0xDFFF:
                out += hi + c
                hi = ""
                continue
            out += "\\u%04x" % ord(hi)
            hi = ""
        e = _ESC.get(c)
        if 0xD800 <= o <= 0xDBFF:
            hi = c
        elif 0xDC00 <= o <= 0xDFFF:
            out += "\\u%04x" % o
        elif e is not None:
            out += e
        elif ord(c) < 0x20:
            out += "\\u%04x" % ord(c)
        else:
            out += c
    if hi:
        out += "\\u%04x" % ord(hi)
    return out + '"'


def _skip(v):
    return v is None or (callable(v) and not isinstance(v, (Map, Set)))


def _ser(v, gap, ind):
    t = type(v)
    if t is str:
        return _str(v)
    if t is int:
        return str(v)
    if hasattr(v, "toJSON") and not isinstance(v, dict):
        v = v.toJSON()
        t = type(v)
    if t is str:
        return _str(v)
    if t is bool:
        return "true" if v else "false"
    if t is int:
        return str(v)
    if t is float:
        return fmt_num(v) if (v == v and v - v == 0) else "null"
    if v is null:
        return "null"
    if _skip(v):
        return None
    inner = ind + gap
    if t is list or t is tuple:
        if not v:
            return "[]"
        parts = []
        for x in v:
            s = _ser(x, gap, inner)
            parts.append("null" if s is None else s)
        if gap:
            return "[\n" + inner + (",\n" + inner).join(parts) + "\n" + ind + "]"
        return "[" + ",".join(parts) + "]"
    if t is bytearray or t is bytes:
        return _ser(obj(*[x for i, b in enumerate(v) for x in (str(i), b)]), gap, ind)
    if isinstance(v, dict):
        items = [(k, v[k]) for k in keys(v)]
    elif isinstance(v, (Map, Set, Error)):
        items = []
    else:
        d = getattr(v, "__dict__", {})
        items = [(k, d[k]) for k in own_keys(v)] if d else []
    parts = []
    for k, x in items:
        s = _ser(x, gap, inner)
        if s is not None:
            parts.append(_str(k) + (": " if gap else ":") + s)
    if not parts:
        return "{}"
    if gap:
        return "{\n" + inner + (",\n" + inner).join(parts) + "\n" + ind + "}"
    return "{" + ",".join(parts) + "}"


def stringify(v, space=None):
    gap = ""
    if type(space) in (int, float):
        gap = " " * max(0, min(10, int(space)))
    elif type(space) is str:
        gap = space[:10]
    return _ser(v, gap, "")


class _P:
    def __init__(self, s):
        self.s = s
        self.i = 0

    def fail(self):
        if self.i >= len(self.s):
            raise SyntaxError_("Unexpected end of JSON input")
        raise SyntaxError_("Unexpected token '" + self.s[self.i] + "', \"" + self.s[:30] + "\" is not valid JSON")

    def ws(self):
        s = self.s
        while self.i < len(s) and s[self.i] in " \t\n\r":
            self.i += 1

    def value(self):
        self.ws()
        s = self.s
        if self.i >= len(s):
            self.fail()
        c = s[self.i]
        if c == "{":
            self.i += 1
            d = OrderedDict()
            self.ws()
            if self.i < len(s) and s[self.i] == "}":
                self.i += 1
                return d
            while True:
                self.ws()
                if self.i >= len(s) or s[self.i] != '"':
                    self.fail()
                k = self.string()
                self.ws()
                if self.i >= len(s) or s[self.i] != ":":
                    self.fail()
                self.i += 1
                d[k] = self.value()
                self.ws()
                if self.i < len(s) and s[self.i] == ",":
                    self.i += 1
                    continue
                if self.i < len(s) and s[self.i] == "}":
                    self.i += 1
                    return d
                self.fail()
        if c == "[":
            self.i += 1
            a = []
            self.ws()
            if self.i < len(s) and s[self.i] == "]":
                self.i += 1
                return a
            while True:
                a.append(self.value())
                self.ws()
                if self.i < len(s) and s[self.i] == ",":
                    self.i += 1
                    continue
                if self.i < len(s) and s[self.i] == "]":
                    self.i += 1
                    return a
                self.fail()
        if c == '"':
            return self.string()
        for word, val in (("true", True), ("false", False), ("null", null)):
            if s.startswith(word, self.i):
                self.i += len(word)
                return val
        return self.number()

    def string(self):
        s = self.s
        self.i += 1
        out = ""
        while True:
            if self.i >= len(s):
                self.fail()
            c = s[self.i]
            if c == '"':
                self.i += 1
                return out
            if c == "\\":
                self.i += 1
                if self.i >= len(s):
                    self.fail()
                e = s[self.i]
                if e == "u":
                    h = s[self.i + 1:self.i + 5]
                    if len(h) != 4:
                        self.fail()
                    out += chr(int(h, 16))
                    self.i += 5
                    continue
                m = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}.get(e)
                if m is None:
                    self.fail()
                out += m
                self.i += 1
                continue
            if ord(c) < 0x20:
                self.fail()
            out += c
            self.i += 1

    def number(self):
        s = self.s
        j = self.i
        if j < len(s) and s[j] == "-":
            j += 1
        if j < len(s) and s[j] == "0":
            j += 1
        elif j < len(s) and s[j].isdigit():
            while j < len(s) and s[j].isdigit():
                j += 1
        else:
            self.i = j
            self.fail()
        is_float = False
        if j < len(s) and s[j] == ".":
            j += 1
            if not (j < len(s) and s[j].isdigit()):
                self.i = j
                self.fail()
            while j < len(s) and s[j].isdigit():
                j += 1
            is_float = True
        if j < len(s) and s[j] in "eE":
            j += 1
            if j < len(s) and s[j] in "+-":
                j += 1
            if not (j < len(s) and s[j].isdigit()):
                self.i = j
                self.fail()
            while j < len(s) and s[j].isdigit():
                j += 1
            is_float = True
        text = s[self.i:j]
        self.i = j
        if not is_float:
            return -0.0 if text == "-0" else int(text)
        f = float(text)
        if f - f == 0 and f == int(f) and -9007199254740992 < f < 9007199254740992 and not (f == 0 and text[0] == "-"):
            return int(f)
        return f


def parse(text):
    p = _P(text if type(text) is str else str(text))
    v = p.value()
    p.ws()
    if p.i != len(p.s):
        p.fail()
    return v
