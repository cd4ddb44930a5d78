# tsmp_array: JavaScript Array methods whose Python spelling differs (negative and fractional
# indexes, undefined for missing elements, strict equality, stable sort as strings or by comparator).
from tsmp_core import strict_eq, js_str, num, null, truthy, TypeError


def _index(i, n, default):
    # JavaScript's relative index (ToIntegerOrInfinity, negatives from the end, clamped to 0..n).
    if i is None:
        return default
    i = num(i)
    if i != i:
        i = 0
    elif i - i != 0:
        return n if i > 0 else 0
    i = int(i)
    if i < 0:
        i += n
        return 0 if i < 0 else i
    return n if i > n else i


def slice(a, start=None, end=None):
    n = len(a)
    s = _index(start, n, 0)
    e = _index(end, n, n)
    return a[s:e] if s < e else a[0:0]


def at(a, i):
    i = num(i)
    if i != i:
        i = 0
    if i - i != 0:
        return None
    i = int(i)
    if i < 0:
        i += len(a)
    return a[i] if 0 <= i < len(a) else None


def splice(a, start, count=None, *items):
    n = len(a)
    s = _index(start, n, 0)
    if count is None:
        c = n - s
    else:
        c = num(count)
        c = 0 if c != c else int(c) if c - c == 0 else (n if c > 0 else 0)
        c = max(0, min(c, n - s))
    removed = a[s:s + c]
    a[s:s + c] = list(items)
    return removed


def index_of(a, x, start=0):
    for i in range(_index(start, len(a), 0), len(a)):
        if strict_eq(a[i], x):
            return i
    return -1


def last_index_of(a, x, start=None):
    i = len(a) - 1 if start is None else int(num(start))
    if i < 0:
        i += len(a)
    i = min(i, len(a) - 1)
    while i >= 0:
        if strict_eq(a[i], x):
            return i
        i -= 1
    return -1


def includes(a, x, start=0):
    i = _index(start, len(a), 0)
    while i < len(a):
        v = a[i]
        if strict_eq(v, x) or (x != x and v != v):
            return True
        i += 1
    return False


def join(a, sep=","):
    return sep.join("" if v is None or v is null else js_str(v) for v in a)


def unshift(a, *items):
    a[0:0] = list(items)
    return len(a)


def reverse(a):
    a.reverse()
    return a


def fill(a, v, start=None, end=None):
    n = len(a)
    for i in range(_index(start, n, 0), _index(end, n, n)):
        a[i] = v
    return a


def flat(a, depth=1):
    out = []
    for v in a:
        if type(v) is list and depth >= 1:
            out.extend(flat(v, depth - 1))
        else:
            out.append(v)
    return out


def reduce(a, fn, *init):
    i = 0
    if init:
        acc = init[0]
    else:
        if not a:
            raise TypeError("Reduce of empty array with no initial value")
        acc = a[0]
        i = 1
    while i < len(a):
        acc = fn(acc, a[i], i)
        i += 1
    return acc


def find(a, fn):
    for i in range(len(a)):
        if _t(fn(a[i], i)):
            return a[i]
    return None


def find_index(a, fn):
    for i in range(len(a)):
        if _t(fn(a[i], i)):
            return i
    return -1


def some(a, fn):
    for i in range(len(a)):
        if _t(fn(a[i], i)):
            return True
    return False


def every(a, fn):
    for i in range(len(a)):
        if not _t(fn(a[i], i)):
            return False
    return True


def _t(v):
    if v is True:
        return True
    if v is False or v is None:
        return False
    return truthy(v)


def _merge_sort(a, cmp):
    # Stable merge sort by a JavaScript comparator: y goes first only when cmp(x, y) > 0 (NaN and
    # undefined keep the order). Runs of 4 are insertion-sorted first (fewer passes of merging).
    n = len(a)
    src = list(a)
    for lo in range(0, n, 4):
        for k in range(lo + 1, min(lo + 4, n)):
            v = src[k]
            j = k - 1
            while j >= lo and cmp(src[j], v) > 0:
                src[j + 1] = src[j]
                j -= 1
            src[j + 1] = v
    width = 4
    while width < n:
        dst = []
        push = dst.append
        for lo in range(0, n, 2 * width):
            mid = min(lo + width, n)
            hi = min(lo + 2 * width, n)
            i, j = lo, mid
            while i < mid and j < hi:
                if cmp(src[i], src[j]) > 0:
                    push(src[j])
                    j += 1
                else:
                    push(src[i])
                    i += 1
            dst.extend(src[i:mid])
            dst.extend(src[j:hi])
        src = dst
        width *= 2
    return src


def sort(a, cmp=None):
    # undefined sorts last; default order compares String(x) by code units.
    if cmp is not None:
        return sort_by(a, cmp)
    present = [v for v in a if v is not None]
    keyed = [(js_str(v), i, v) for i, v in enumerate(present)]
    keyed.sort()
    a[:] = [t[2] for t in keyed] + [None] * (len(a) - len(present))
    return a


def sort_by(a, cmp):
    # a.sort(cmp) for a comparator that is certainly a function (without js_str, for the default order).
    present = [v for v in a if v is not None]
    missing = len(a) - len(present)
    a[:] = _merge_sort(present, cmp) + [None] * missing
    return a


def sort_keyed(a, key, signs, cmp):
    # a.sort(cmp) for a comparator comparing fields in turn (compiler/lower/sort-keys.ts); key(v)
    # gives the fields, signs says 1/-1 (int ascending/descending) or 0 (string ascending). With
    # only safe ints and strings below U+E000 (code point order is UTF-16 order there) the
    # comparator is that lexicographic order: a sort by the key tuple with the index last (equal
    # keys keep their order) is JavaScript's stable result. Otherwise the merge sort.
    # The checks run column by column with builtins (no Python loop per element and field).
    cols = []
    try:
        keys = [key(v) for v in a]
        for j in range(len(signs)):
            col = [k[j] for k in keys]
            s = signs[j]
            if s:
                ok = all(type(x) is int for x in col) and (not col or (min(col) >= -9007199254740992 and max(col) <= 9007199254740992))
                if s < 0:
                    col = [-x for x in col]
            else:
                ok = all(type(x) is str and not (x and max(x) >= "\ue000") for x in col)
            if not ok:
                break
            cols.append(col)
    except Exception:
        ok = False
    if not ok:
        return sort_by(a, cmp)
    cols.append(range(len(a)))
    cols.append(a)
    rows = list(zip(*cols))
    rows.sort()
    a[:] = [r[-1] for r in rows]
    return a


def sort_num(a, desc):
    # a.sort((x, y) => x - y) (desc: y - x). With only ints, equal elements are indistinguishable,
    # so MicroPython's (unstable) sort gives JavaScript's result; otherwise the exact merge sort.
    # sum() is an int exactly when every element is one (a float anywhere makes it a float; None,
    # strings and objects raise): one C-level pass instead of a Python loop.
    try:
        ints = type(sum(a)) is int
    except Exception:
        ints = False
    if not ints:
        return sort_by(a, (lambda x, y: y - x) if desc else (lambda x, y: x - y))
    a.sort(reverse=desc)
    return a


def reduce_right(a, fn, *init):
    i = len(a) - 1
    if init:
        acc = init[0]
    else:
        if not a:
            raise TypeError("Reduce of empty array with no initial value")
        acc = a[i]
        i -= 1
    while i >= 0:
        acc = fn(acc, a[i], i)
        i -= 1
    return acc


# map / filter / forEach with a callback that takes the array too: (value, index, array).
def map3(a, fn):
    return [fn(v, i, a) for i, v in enumerate(a)]


def filter3(a, fn):
    return [v for i, v in enumerate(a) if truthy(fn(v, i, a))]


def for_each3(a, fn):
    for i, v in enumerate(a):
        fn(v, i, a)
