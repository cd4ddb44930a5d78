# tsmp_json: JSON.stringify (plain values through MicroPython's json.dumps, everything else by
# tsmp_stringify, imported on first use) and JSON.parse keeping key order.
from tsmp_core import null, SyntaxError_
# The C module by its u-name (see tsmp_collections).
from ucollections import OrderedDict
from json import dumps as _dumps


def _plain(v):
    # Whether json.dumps writes v as JSON.stringify does, string text aside (_exact checks that on
    # the output): strings, safe ints, booleans, lists of those or undefined (both write null),
    # plain objects with no array-index keys (JavaScript lists those first). Leaves tested inline.
    t = type(v)
    if t is list:
        none_ok = True
    elif t is OrderedDict:
        for k in v:
            if type(k) is not str or "0" <= k < ":":
                return False
        v = v.values()
        none_ok = False
    else:
        return t is str or t is bool or (t is int and -1 <= v >> 53 <= 0)
    for x in v:
        t = type(x)
        if t is str or t is bool or (x is None and none_ok):
            continue
        if t is int:
            if -1 <= x >> 53 <= 0:
                continue
            return False
        if not _plain(x):
            return False
    return True


def dumps_plain(v):
    # JSON.stringify(v) of a value the compiler proved prints the same from json.dumps (json-plain.ts).
    return _dumps(v, separators=(",", ":"))


def stringify(v, space=None):
    if space is None and _plain(v):
        s = _dumps(v, separators=(",", ":"))
        # Exact unless it holds \b, \f (written \u0008, \u000c) or a surrogate (maybe lone, written
        # raw). ASCII (UTF-8 as long as s) has none: that test is far faster than max().
        n = len(s)
        if "\\u000" not in s and ((n < 2048 and len(s.encode()) == n) or max(s) < "\ud800"):
            return s
    from tsmp_stringify import stringify_any
    return stringify_any(v, space)


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
