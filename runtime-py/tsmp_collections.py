# tsmp_collections: insertion-ordered plain objects (MicroPython dicts are not ordered), JavaScript
# Map and Set, and Object.keys/values/entries/assign.
from collections import OrderedDict


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


def keys(o):
    return list(o)


def values(o):
    return [o[k] for k in o]


def entries(o):
    return [[k, o[k]] for k in o]


def assign(target, *sources):
    for s in sources:
        for k in s:
            target[k] = s[k]
    return target


class Map:
    def __init__(self, items=None):
        self._d = OrderedDict()
        if items is not None:
            for kv in items:
                self._d[kv[0]] = kv[1]

    @property
    def size(self):
        return len(self._d)

    def get(self, k):
        return self._d.get(k)

    def set(self, k, v):
        self._d[k] = v
        return self

    def has(self, k):
        return k in self._d

    def delete(self, k):
        if k in self._d:
            del self._d[k]
            return True
        return False

    def clear(self):
        self._d = OrderedDict()

    def keys(self):
        return list(self._d)

    def values(self):
        d = self._d
        return [d[k] for k in d]

    def entries(self):
        d = self._d
        return [[k, d[k]] for k in d]

    def forEach(self, fn):
        for k, v in self.entries():
            fn(v, k)

    def __iter__(self):
        return iter(self.entries())


class Set:
    def __init__(self, items=None):
        self._d = OrderedDict()
        if items is not None:
            for v in items:
                self._d[v] = True

    @property
    def size(self):
        return len(self._d)

    def add(self, v):
        self._d[v] = True
        return self

    def has(self, v):
        return v in self._d

    def delete(self, v):
        if v in self._d:
            del self._d[v]
            return True
        return False

    def clear(self):
        self._d = OrderedDict()

    def values(self):
        return list(self._d)

    keys = values

    def entries(self):
        return [[v, v] for v in self._d]

    def forEach(self, fn):
        for v in list(self._d):
            fn(v, v)

    def __iter__(self):
        return iter(list(self._d))
