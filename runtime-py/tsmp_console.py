# tsmp_console: console.log formatting like Node's util.inspect (strings bare at top level, quoted
# inside arrays and objects, `[ 1, 2 ]`, `{ a: 1 }`, Map(n) {…}, Set(n) {…}, line breaking at 80
# columns with 2-space indentation, numeric arrays of more than 6 entries grouped in columns).
import math
from tsmp_core import null, fmt_num, js_str, Error, own_keys, wide_out
from tsmp_collections import Map, Set, keys

_BREAK = 80
_state = [0]  # current depth of the most recently formatted object (Node's ctx.currentDepth)


def _num(x):
    if x == 0 and type(x) is float and math.copysign(1, x) < 0:
        return "-0"
    return fmt_num(x)


def log_prim(x):
    # console.log of a value typed string, number or boolean (printed without inspect); a typed
    # value can still be undefined or null at run time.
    t = type(x)
    if t is str:
        return x
    if t is int or t is float:
        return _num(x)
    if t is bool:
        return "true" if x else "false"
    if x is None:
        return "undefined"
    return "null" if x is null else js_str(x)


def _quote(s):
    q = "'"
    if "'" in s:
        if '"' not in s:
            q = '"'
        elif "`" not in s:
            q = "`"
    out = q
    hi = ""
    for c in s:
        o = ord(c)
        if hi:
            # A surrogate pair is one character; a lone surrogate is escaped, as util.inspect does.
            if 0xDC00 <= o <= 0xDFFF:
                out += hi + c
                hi = ""
                continue
            out += "\\u%04x" % ord(hi)
            hi = ""
        if 0xD800 <= o <= 0xDBFF:
            hi = c
        elif 0xDC00 <= o <= 0xDFFF:
            out += "\\u%04x" % o
        elif c == q or c == "\\":
            out += "\\" + c
        elif c == "\n":
            out += "\\n"
        elif c == "\t":
            out += "\\t"
        elif c == "\r":
            out += "\\r"
        elif c == "\b":
            out += "\\b"
        elif c == "\f":
            out += "\\f"
        elif c == "\v":
            out += "\\v"
        elif o < 0x20 or o == 0x7F:
            out += "\\x" + "%02X" % o
        else:
            out += c
    if hi:
        out += "\\u%04x" % ord(hi)
    return out + q


def _key(k):
    if k and (k[0].isalpha() or k[0] == "_") and all(c.isalpha() or c.isdigit() or c == "_" for c in k):
        return k
    return _quote(k)


def _width(s):
    # Node lines items up by their display width (wide characters and emoji count 2)
    for ch in s:
        if ord(ch) > 0x7E:
            from tsmp_strwidth import str_width
            return str_width(s)
    return len(s)


def _units(s):
    # a string's JavaScript length: characters beyond U+FFFF are two UTF-16 units
    n = len(s)
    for ch in s:
        if ord(ch) > 0xFFFF:
            n += 1
    return n


def _below_break(output, start, indent):
    total = len(output) + start
    if total + len(output) > _BREAK:
        return False
    for o in output:
        total += _units(o)
        if total > _BREAK:
            return False
    return True


def _group(output, indent, numeric, has_more=False):
    total = 0
    maxlen = 0
    lens = []
    count = len(output) - 1 if has_more else len(output)
    for o in output[:count]:
        n = _width(o)
        lens.append(n)
        total += n + 2
        if n > maxlen:
            maxlen = n
    actual = maxlen + 2
    if actual * 3 + indent < _BREAK and (total / actual > 5 or maxlen <= 6):
        bias = math.sqrt(actual - total / len(output))
        biased = max(actual - 3 - bias, 1)
        cols = min(int(math.floor(math.sqrt(2.5 * biased * count) / biased + 0.5)), (_BREAK - indent) // actual, 12, 15)
        if cols <= 1:
            return output
        widths = []
        for i in range(cols):
            w = 0
            for j in range(i, count, cols):
                if lens[j] > w:
                    w = lens[j]
            widths.append(w + 2)
        rows = []
        for i in range(0, count, cols):
            end = min(i + cols, count)
            line = ""
            for j in range(i, end - 1):
                cell = output[j] + ", "
                pad = widths[j - i] - lens[j] - 2
                line += (" " * pad + cell) if numeric else (cell + " " * pad)
            j = end - 1
            if numeric:
                line += " " * (widths[j - i] - 2 - lens[j]) + output[j]
            else:
                line += output[j]
            rows.append(line)
        if has_more:
            rows.append(output[-1])
        return rows
    return output


def _reduce(output, base, braces, indent, depth, is_array, numeric, more=None):
    if more is not None:
        output = output + [more]
    entries = len(output)
    if is_array and entries > 6:
        output = _group(output, indent, numeric, more is not None)
    if _state[0] - depth < 3 and entries == len(output):
        start = len(output) + indent + len(braces[0]) + len(base) + 10
        if _below_break(output, start, indent):
            joined = ", ".join(output)
            if "\n" not in joined:
                return (base + " " if base else "") + braces[0] + " " + joined + " " + braces[1]
    ind = "\n" + " " * indent
    return (base + " " if base else "") + braces[0] + ind + "  " + ("," + ind + "  ").join(output) + ind + braces[1]


def inspect(v, depth=0, indent=0, top=True):
    t = type(v)
    if t is str:
        return v if top else _quote(v)
    if t is bool:
        return "true" if v else "false"
    if t is int or t is float:
        return _num(v)
    if v is None:
        return "undefined"
    if v is null:
        return "null"
    if getattr(v, "_js_accessor", False):
        return v.label()
    if isinstance(v, Error):
        s = v.toString()
        return s if top else "[" + s + "]"
    if callable(v) and not isinstance(v, (Map, Set)):
        name = getattr(v, "__name__", "")
        if isinstance(v, type):
            return "[class " + name + "]"
        return "[Function: " + name + "]" if name and name != "<lambda>" else "[Function (anonymous)]"
    if t is list or t is tuple:
        if not v:
            return "[]"
        if depth > 2:
            return "[Array]"
        _state[0] = depth
        out = [inspect(x, depth + 1, indent + 2, False) for x in v[:100]]
        numeric = all(type(x) in (int, float) for x in v)
        more = len(v) - 100
        return _reduce(out, "", ("[", "]"), indent, depth, True, numeric, ("... " + str(more) + " more item" + ("s" if more > 1 else "")) if more > 0 else None)
    keys_ = getattr(v, "_js_keys", None)
    if keys_ is not None:
        # an array with named properties (a RegExp match): [ 'ab', 'b', index: 1, input: 'xab', groups: undefined ]
        if depth > 2:
            return "[Array]"
        _state[0] = depth
        out = [inspect(x, depth + 1, indent + 2, False) for x in v]
        out += [k + ": " + inspect(getattr(v, k), depth + 1, indent + 2, False) for k in keys_]
        return _reduce(out, "", ("[", "]"), indent, depth, True, False)
    if getattr(v, "_js_literal", False):
        return v.toString()
    if t is bytearray or t is bytes:
        if not v:
            return "Uint8Array(0) []"
        _state[0] = depth
        out = [str(b) for b in v]
        return _reduce(out, "Uint8Array(" + str(len(v)) + ")", ("[", "]"), indent, depth, True, True)
    if isinstance(v, Map) or isinstance(v, Set):
        is_map = isinstance(v, Map)
        base = ("Map(" if is_map else "Set(") + str(v.size) + ")"
        if v.size == 0:
            return base + " {}"
        if depth > 2:
            return "[" + ("Map" if is_map else "Set") + "]"
        _state[0] = depth
        if is_map:
            out = [inspect(k, depth + 1, indent + 2, False) + " => " + inspect(x, depth + 1, indent + 2, False) for k, x in v.entries()]
        else:
            out = [inspect(x, depth + 1, indent + 2, False) for x in v.values()]
        return _reduce(out, "", (base + " {", "}"), indent, depth, False, False)
    if isinstance(v, dict):
        if not v:
            return "{}"
        if depth > 2:
            return "[Object]"
        _state[0] = depth
        out = [_key(k) + ": " + inspect(v[k], depth + 1, indent + 2, False) for k in keys(v)]
        return _reduce(out, "", ("{", "}"), indent, depth, False, False)
    d = getattr(v, "__dict__", None)
    name = getattr(t, "_js_name", None) or t.__name__
    if d is None:
        return str(v)
    if not d or not own_keys(v):
        return name + " {}"
    if depth > 2:
        return "[" + name + "]"
    _state[0] = depth
    out = [_key(k) + ": " + inspect(d[k], depth + 1, indent + 2, False) for k in own_keys(v)]
    return _reduce(out, "", (name + " {", "}"), indent, depth, False, False)


def log(*args):
    print(wide_out(" ".join(inspect(a) for a in args)))
