# tsmp_gen: JavaScript generator objects around Python generators (function* compiles to a def with
# yield, wrapped by gen_fn): next(v) gives {value, done}, return(v) finishes it, for-of and spread
# iterate it, yield* delegates to it.
from tsmp_collections import obj


class Gen:
    _js_name = "Object [Generator]"

    def __init__(self, g):
        self._g = g
        self._started = False
        self._done = False

    def toString(self):
        return "[object Generator]"

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        self._started = True
        try:
            return next(self._g)
        except BaseException:
            self._done = True
            raise

    def next(self, v=None):
        # JavaScript ignores the value of the first next(); Python only accepts None there.
        if self._done:
            return obj("value", None, "done", True)
        started = self._started
        self._started = True
        try:
            x = self._g.send(v) if started else next(self._g)
        except StopIteration as e:
            self._done = True
            return obj("value", e.args[0] if e.args else None, "done", True)
        except BaseException:
            self._done = True
            raise
        return obj("value", x, "done", False)

    def return_(self, v=None):
        if not self._done:
            self._done = True
            self._g.close()
        return obj("value", v, "done", True)


def gen_fn(f):
    # Decorates a compiled function*: calling it makes a generator object, running nothing yet.
    def make(*args):
        return Gen(f(*args))
    return make


def delegate(g):
    # yield* g: the Python generator to `yield from` (a Gen's own, marked started).
    if isinstance(g, Gen):
        g._started = True
        return g._g
    return g
