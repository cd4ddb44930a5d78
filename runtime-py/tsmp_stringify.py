# tsmp_stringify: JSON.stringify for every value with Node's exact output (key order, spacing,
# indentation, toJSON, class instances, NaN → null, undefined and functions skipped); imported by
# tsmp_json.stringify when json.dumps would not print the value exactly.
from tsmp_core import null, fmt_num, Error, own_keys
from tsmp_collections import obj, keys
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
    return v is None or (callable(v) and not getattr(v, "_js_keyed", False))


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
    if getattr(v, "_js_literal", False):
        return "{}"
    if t is list or t is tuple or isinstance(v, list):
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
        # A getter of an object literal (tsmp_bound) is serialized by its value.
        items = [(k, v[k].get() if getattr(v[k], "_js_accessor", False) else v[k]) for k in keys(v)]
    elif isinstance(v, Error) or getattr(v, "_js_keyed", False):
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


def stringify_any(v, space=None):
    gap = ""
    if type(space) in (int, float):
        gap = " " * max(0, min(10, int(space)))
    elif type(space) is str:
        gap = space[:10]
    return _ser(v, gap, "")
