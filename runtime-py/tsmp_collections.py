# tsmp_collections: insertion-ordered plain objects (MicroPython dicts are not ordered), JavaScript
# Map and Set, and Object.keys/values/entries/assign.
# The built-in C module by its u-name: the WebAssembly port freezes micropython-lib's `collections`
# package in front of it (about 0.9 KB of heap to import); OrderedDict is the same class either way.
from ucollections import OrderedDict
from tsmp_core import own_keys, js_str, null


def obj(*kv):
    # obj("a", 1, "b", 2) is the object literal { a: 1, b: 2 }.
    d = OrderedDict()
    for i in range(0, len(kv), 2):
        d[kv[i]] = kv[i + 1]
    return d


def spread_obj(*parts):
    d = OrderedDict()
    for p in parts:
        for k in p:
            d[k] = p[k]
    return d


JSObject = OrderedDict


def _is_index(k):
    return type(k) is str and k.isdigit() and (k == "0" or k[0] != "0") and len(k) < 11 and int(k) < 4294967295


def keys(o):
    # JavaScript's property order: integer-like keys ascending first, then insertion order.
    if not isinstance(o, dict):
        # A class instance: its fields in creation order (#private ones are not properties).
        return own_keys(o) if hasattr(o, "__dict__") else []
    ks = list(o)
    for k in ks:
        if type(k) is str and k.isdigit() and _is_index(k):
            ints = sorted([k for k in ks if _is_index(k)], key=int)
            return ints + [k for k in ks if not _is_index(k)]
    return ks


def from_entries(pairs):
    # Object.fromEntries: keys become strings, a repeated key keeps its first position.
    d = OrderedDict()
    for e in pairs:
        k = e[0]
        d[k if type(k) is str else js_str(k)] = e[1]
    return d


def has_own(o, k):
    k = k if type(k) is str else js_str(k)
    if isinstance(o, dict):
        return k in o
    if type(o) is list:
        return k == "length" or (_is_index(k) and int(k) < len(o))
    return hasattr(o, "__dict__") and k in own_keys(o)


def values(o):
    if not isinstance(o, dict):
        return [getattr(o, k) for k in keys(o)]
    return [o[k] for k in keys(o)]


def entries(o):
    if not isinstance(o, dict):
        return [[k, getattr(o, k)] for k in keys(o)]
    return [[k, o[k]] for k in keys(o)]


def assign(target, *sources):
    for s in sources:
        for k in s:
            target[k] = s[k]
    return target


class _Ref:
    # A Map key or Set value Python cannot hash as JavaScript compares it: an object (by identity),
    # true / false (Python's True == 1) or NaN (Python's NaN != NaN). `o` is the JavaScript value.
    def __init__(self, o):
        self.o = o

    def __hash__(self):
        return id(self.o)

    def __eq__(self, other):
        return type(other) is _Ref and other.o is self.o


_TRUE = _Ref(True)
_FALSE = _Ref(False)
_NAN = _Ref(float("nan"))


def _hk(k):
    # The dict key of a JavaScript key under SameValueZero: strings and numbers are themselves (an int
    # and a float of one value are one key, as in JavaScript; -0 is 0), undefined and null too (so a
    # value typed string that is either at run time finds the same entry raw), anything else a _Ref.
    t = type(k)
    if t is str or t is int:
        return k
    if t is float:
        return _NAN if k != k else 0 if k == 0 else k
    if t is bool:
        return _TRUE if k else _FALSE
    if k is None or k is null:
        return k
    return _Ref(k)


class _Keyed:
    # What Map and Set share: _d maps _hk(key) to the value (a Set's value is its element), in
    # insertion order. Strings, the common keys, skip _hk. Code compiled for a key typed string reads
    # and writes _d directly (compiler/lower/keyed-strings.ts). _js_keyed lets other helpers recognise
    # a Map or Set without importing the classes.
    _js_keyed = True

    @property
    def size(self):
        return len(self._d)

    def has(self, k):
        return (k if type(k) is str else _hk(k)) in self._d

    def delete(self, k):
        h = k if type(k) is str else _hk(k)
        if h in self._d:
            del self._d[h]
            return True
        return False

    def clear(self):
        self._d = OrderedDict()


class Map(_Keyed):
    def __init__(self, items=None):
        self._d = OrderedDict()
        if items is not None:
            for kv in items:
                self.set(kv[0], kv[1])

    def get(self, k):
        return self._d.get(k if type(k) is str else _hk(k))

    def set(self, k, v):
        self._d[k if type(k) is str else _hk(k)] = v
        return self

    def keys(self):
        return [h.o if type(h) is _Ref else h for h in self._d]

    def values(self):
        return list(self._d.values())

    def entries(self):
        return [[h.o if type(h) is _Ref else h, v] for h, v in self._d.items()]

    def forEach(self, fn):
        for k, v in self.entries():
            fn(v, k)

    def __iter__(self):
        return iter(self.entries())


class Set(_Keyed):
    def __init__(self, items=None):
        self._d = OrderedDict()
        if items is not None:
            for v in items:
                self.add(v)

    def add(self, v):
        if type(v) is str:
            self._d[v] = v
        else:
            self._d[_hk(v)] = 0 if type(v) is float and v == 0 else v
        return self

    def values(self):
        return list(self._d.values())

    def keys(self):
        return list(self._d.values())

    def entries(self):
        return [[v, v] for v in self._d.values()]

    def forEach(self, fn):
        for v in self.values():
            fn(v, v)

    def __iter__(self):
        return iter(self.values())
