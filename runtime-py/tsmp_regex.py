# tsmp_regex: JavaScript RegExp on MicroPython's re. The compiler translates each pattern
# (compiler/lower/regex.ts); here it runs as (.*?)(P): group 1 is the text before the match (match
# objects have no start()), group 2 the match, group k+2 the k-th capture. re takes positions as
# byte offsets into the UTF-8 text, results are in code points like every string index.
import re
from tsmp_core import null, js_str, TypeError

_compiled = {}


def _compile(py):
    r = _compiled.get(py)
    if r is None:
        r = re.compile((b"(.*?)(" + py + b")") if type(py) is bytes else ("(.*?)(" + py + ")"))
        _compiled[py] = r
    return r


class RegExpMatch(list):
    # The array exec() and match() return: the match, then the captures (None when unmatched).
    _js_keys = ("index", "input", "groups")

    def __init__(self, items, index, input):
        super().__init__(items)
        self.index = index
        self.input = input
        self.groups = None

    def toString(self):
        return ",".join("" if x is None else x for x in self)


class RegExp:
    _js_literal = True  # console.log and JSON.stringify show it as JavaScript does

    def __init__(self, source, flags, groups=0, py=None):
        self.source = source
        self.flags = flags
        self.global_ = "g" in flags
        self.ignoreCase = "i" in flags
        self.dotAll = "s" in flags
        self.lastIndex = 0
        self._n = groups
        self._re = _compile(source if py is None else py)

    def toString(self):
        return "/" + self.source + "/" + self.flags

    def test(self, s):
        return self.exec(s) is not null

    def exec(self, s):
        i = 0
        if self.global_:
            i = _index(self.lastIndex)
            if i > len(s):
                self.lastIndex = 0
                return null
        m = _Scan(self, s, i).next()
        if m is None:
            if self.global_:
                self.lastIndex = 0
            return null
        if self.global_:
            self.lastIndex = m.index + len(m[0])
        return m


def _index(v):
    # lastIndex as JavaScript's ToLength reads it
    if type(v) is not int:
        v = 0 if v != v else int(v) if -1e300 < v < 1e300 else (0 if v < 0 else 1 << 53)
    return v if v > 0 else 0


# The Unicode spaces of \s, in the order of SPACE_MARKS in compiler/lower/regex.ts: a text holding
# any of them is matched as UTF-8 bytes with each one written as 0xff, 0x80 + index (patterns
# expect that, which keeps \S and [^\s] small enough for re).
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"


def _recode(s):
    t = None
    for k in range(len(_SPACES)):
        c = _SPACES[k]
        if c in s:
            if t is None:
                t = s.encode()
            t = t.replace(c.encode(), bytes((0xFF, 0x80 + k)))
    return t


def _restore(g):
    if g is None:
        return None
    if b"\xff" in g:
        for k in range(len(_SPACES)):
            g = g.replace(bytes((0xFF, 0x80 + k)), _SPACES[k].encode())
    return g.decode()


class _Scan:
    # Successive matches in s from code point i (kept with its byte offset b in the text re sees).
    def __init__(self, rx, s, i):
        self.rx = rx
        self.s = s
        self.ascii = len(s) == len(s.encode())
        self.text = None if self.ascii else _recode(s)
        self.i = i
        if self.ascii or i == 0:
            self.b = i
        elif self.text is None:
            self.b = len(s[:i].encode())
        else:
            self.b = len(_recode(s[:i]) or s[:i].encode())

    def _bytes(self, t):
        return len(t) if self.ascii else len(t.encode())

    def next(self):
        s = self.s
        if self.i > len(s):
            return None
        if self.text is not None:
            return self._next_marked()
        m = self.rx._re.match(s, self.b)
        if m is None:
            return None
        pre = m.group(1)
        whole = m.group(2)
        index = self.i + len(pre)
        groups = [whole]
        for k in range(self.rx._n):
            groups.append(m.group(k + 3))
        self.i = index + len(whole)
        self.b += self._bytes(pre) + self._bytes(whole)
        return RegExpMatch(groups, index, s)

    def _next_marked(self):
        m = self.rx._re.match(self.text, self.b)
        if m is None:
            return None
        pre = m.group(1)
        whole = m.group(2)
        self.b += len(pre) + len(whole)
        index = self.i + len(_restore(pre))
        groups = [_restore(whole)]
        for k in range(self.rx._n):
            groups.append(_restore(m.group(k + 3)))
        self.i = index + len(groups[0])
        return RegExpMatch(groups, index, self.s)

    def skip(self):
        # after an empty match: on by one character
        if self.i < len(self.s):
            if self.text is not None:
                c = self.text[self.b]
                self.b += 1 if c < 0x80 else 2 if c < 0xE0 or c == 0xFF else 3 if c < 0xF0 else 4
            else:
                self.b += self._bytes(self.s[self.i])
        self.i += 1


def _all(rx, s, i=0):
    scan = _Scan(rx, s, i)
    out = []
    while True:
        m = scan.next()
        if m is None:
            return out
        out.append(m)
        if m[0] == "":
            scan.skip()


def re_match(s, rx):
    if not rx.global_:
        m = _Scan(rx, s, 0).next()
        return null if m is None else m
    rx.lastIndex = 0
    found = [m[0] for m in _all(rx, s)]
    return found if found else null


def re_match_all(s, rx):
    if not rx.global_:
        raise TypeError("String.prototype.matchAll called with a non-global RegExp argument")
    return _all(rx, s, _index(rx.lastIndex))


def re_search(s, rx):
    m = _Scan(rx, s, 0).next()
    return -1 if m is None else m.index


def _expand(rep, m, s, n):
    # JavaScript replacement patterns: $$, $&, $`, $', $n and $nn.
    if "$" not in rep:
        return rep
    out = ""
    k = 0
    end = len(rep)
    while k < end:
        c = rep[k]
        if c != "$" or k + 1 >= end:
            out += c
            k += 1
            continue
        d = rep[k + 1]
        if d == "$":
            out += "$"
        elif d == "&":
            out += m[0]
        elif d == "`":
            out += s[:m.index]
        elif d == "'":
            out += s[m.index + len(m[0]):]
        elif "0" <= d <= "9":
            two = rep[k + 1:k + 3]
            if len(two) == 2 and "0" <= two[1] <= "9" and 1 <= int(two) <= n:
                g = m[int(two)]
                out += "" if g is None else g
                k += 3
                continue
            if 1 <= int(d) <= n:
                g = m[int(d)]
                out += "" if g is None else g
            else:
                out += "$" + d
        else:
            out += "$" + d
        k += 2
    return out


def re_replace(s, rx, rep, argc=-1, every=False):
    # argc: the parameters a replacement function takes (-1: rep is a string)
    if every and not rx.global_:
        raise TypeError("replaceAll must be called with a global RegExp")
    if rx.global_:
        rx.lastIndex = 0
        found = _all(rx, s)
    else:
        m = _Scan(rx, s, 0).next()
        found = [] if m is None else [m]
    out = ""
    at = 0
    for m in found:
        if argc < 0:
            text = _expand(rep, m, s, rx._n)
        else:
            args = list(m)
            args.append(m.index)
            args.append(s)
            while len(args) < argc:
                args.append(None)
            text = js_str(rep(*args[:argc]))
        out += s[at:m.index] + text
        at = m.index + len(m[0])
    return out + s[at:]


def re_split(s, rx, limit=None):
    lim = 0xFFFFFFFF if limit is None else int(limit) & 0xFFFFFFFF
    if lim == 0:
        return []
    size = len(s)
    if size == 0:
        m = _Scan(rx, s, 0).next()
        return [] if m is not None else [s]
    out = []
    p = 0
    scan = _Scan(rx, s, 0)
    while scan.i < size:
        m = scan.next()
        if m is None or m.index >= size:
            break
        e = m.index + len(m[0])
        if e == p:
            # an empty match where the last piece ended: try from the next character
            scan.skip()
            continue
        out.append(s[p:m.index])
        if len(out) == lim:
            return out
        for g in m[1:]:
            out.append(g)
            if len(out) == lim:
                return out
        p = e
        if m[0] == "":
            scan.skip()
    out.append(s[p:])
    return out
