# tsmp_bound: object literals whose methods use `this`, and their getters/setters. bind_this gives
# each such method its object (called as obj["m"](...)) and each accessor its object (read with
# .get(), written with .set(v)); console.log and JSON.stringify see accessors by _js_accessor.


class method:
    # A method using `this`, until bind_this binds it.
    def __init__(self, f, name):
        self.f = f
        self.name = name


class Bound:
    def __init__(self, o, f, name):
        self.o = o
        self.f = f
        self.__name__ = name

    def __call__(self, *args):
        return self.f(self.o, *args)


class accessor:
    _js_accessor = True

    def __init__(self, g, s):
        self.g = g
        self.s = s
        self.o = None

    def get(self):
        return None if self.g is None else self.g(self.o)

    def set(self, v):
        if self.s is not None:
            self.s(self.o, v)
        return v

    def label(self):
        if self.g is not None and self.s is not None:
            return "[Getter/Setter]"
        return "[Getter]" if self.g is not None else "[Setter]"


def bind_this(o):
    for k in list(o):
        v = o[k]
        if isinstance(v, method):
            o[k] = Bound(o, v.f, v.name)
        elif isinstance(v, accessor):
            v.o = o
    return o
