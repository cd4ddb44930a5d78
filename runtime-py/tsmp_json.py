# tsmp_json: JSON.stringify (plain values through MicroPython's json.dumps, everything else by
# tsmp_stringify, imported on first use) and JSON.parse keeping key order.
from tsmp_core import null
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


# JSON.parse: RFC 8259 exactly (json.loads accepts [1,], 01, {"a" 1} ... and its dicts lose key
# order), in one recursive function: objects are OrderedDicts (a repeated key keeps its first place
# and its last value), numbers ints unless written with a fraction or exponent and not a safe
# integer, -0 a float; each \u escape is one character (a lone surrogate stays one).
def _fail(s, i):
    # s is the text with its end mark (see parse); i where parsing stopped.
    from tsmp_core import SyntaxError_
    raise SyntaxError_("Unexpected end of JSON input" if i >= len(s) - 1 else "Unexpected token '" + s[i] + "', \"" + s[:-1][:30] + "\" is not valid JSON")


def _v(s, i, q):
    # The JSON value in s at i (a string if q), white space around it skipped: (value, index after
    # it). s ends with a NUL no rule accepts: s[i] needs no bounds test, failing there is the end.
    while s[i] in " \t\n\r":
        i += 1
    c = s[i]
    if q and c != '"':
        _fail(s, i)
    if c == "[" or c == "{":
        q = c == "{"
        v = OrderedDict() if q else []
        c = "]}"[q]
        i += 1
        while s[i] in " \t\n\r":
            i += 1
        if s[i] == c:
            i += 1
        else:
            while True:
                if q:
                    k, i = _v(s, i, 1)
                    if s[i] != ":":
                        _fail(s, i)
                    x, i = _v(s, i + 1, 0)
                    v[k] = x
                else:
                    x, i = _v(s, i, 0)
                    v.append(x)
                x = s[i]
                i += 1
                if x == c:
                    break
                if x != ",":
                    _fail(s, i - 1)
    elif c == '"':
        # Runs up to the next quote or backslash at once (find, min), escapes one by one.
        i += 1
        v = ""
        while True:
            j = s.find('"', i)
            if j < 0:
                j = len(s) - 1
            x = s.find("\\", i, j)
            if x >= 0:
                j = x
            x = s[i:j]
            if x and min(x) < " ":
                while s[i] >= " ":
                    i += 1
                _fail(s, i)
            v += x
            i = j + 1
            if s[j] == '"':
                break
            if s[j] != "\\":
                _fail(s, j)
            c = s[i]
            if c == "u":
                x = s[i + 1:i + 5]
                if len(x) < 4 or x.strip("0123456789abcdefABCDEF"):
                    _fail(s, i)
                v += chr(int(x, 16))
                i += 5
            else:
                x = '"\\/bfnrt'.find(c)
                if x < 0:
                    _fail(s, i)
                v += '"\\/\b\f\n\r\t'[x]
                i += 1
    elif s.startswith("true", i):
        v = True
        i += 4
    elif s.startswith("false", i):
        v = False
        i += 5
    elif s.startswith("null", i):
        v = null
        i += 4
    else:
        # -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?: an int, or a float when it has a fraction or
        # exponent (or is -0) unless that is a safe integer other than -0.
        j = i + (c == "-")
        if s[j] == "0":
            j += 1
        elif "1" <= s[j] <= "9":
            while "0" <= s[j] <= "9":
                j += 1
        else:
            _fail(s, j)
        q = 0
        if s[j] == ".":
            j += 1
            if not "0" <= s[j] <= "9":
                _fail(s, j)
            while "0" <= s[j] <= "9":
                j += 1
            q = 1
        if s[j] in "eE":
            j += 1
            j += s[j] in "+-"
            if not "0" <= s[j] <= "9":
                _fail(s, j)
            while "0" <= s[j] <= "9":
                j += 1
            q = 1
        x = s[i:j]
        i = j
        if q or x == "-0":
            v = float(x)
            if abs(v) < 9007199254740992.0 and v % 1 == 0 and (v or c != "-"):
                v = int(v)
        else:
            v = int(x)
    while s[i] in " \t\n\r":
        i += 1
    return v, i


def parse(text):
    s = str(text) + "\0"
    v, i = _v(s, 0, 0)
    if i < len(s) - 1:
        _fail(s, i)
    return v
