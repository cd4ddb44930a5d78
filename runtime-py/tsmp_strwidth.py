# tsmp_strwidth: the width Node gives a string when console.log lines array items up in columns:
# 2 for wide and emoji characters, 0 for controls, combining marks and other zero-width characters,
# 1 otherwise (util.inspect getStringWidth, read from Node 20 for every code point). Imported by
# tsmp_console only when a string to line up is not ASCII.

# runs of equal width: the distance in base 36 from the previous run start, then the width
# ("." 0, "-" 1, "+" 2, "*" 3: a few characters NFC expands to three)
_RUNS = (
    "0.w-2n.x-gw.34-7n.7-7b.19-1.1-1.2-1.2-1.1-1k.6-a.b-1.1-1a.l-g.1-2t.8-1.6-2.2-1.4-x.1-1.1-u.r-2j."
    "b-1m.9-9.1-o.4-1.9-1.3-1.5-17.3-1g.2-5.9-16.1l-1j.1-1.1-4.8-4.1-3.7-a.2-t.1-1m.1-4.4-8.1-k.2-q.1"
    "-2.2-1l.1-4.2-4.2-2.3-3.1-u.2-3.1-b.2-1l.1-4.5-1.2-4.1-k.2-m.6-1.1-1m.1-2.1-1.4-8.1-7.2-b.2-u.1-"
    "1p.1-c.1-1e.1-3.1-1j.1-1.3-5.3-1.4-7.2-b.2-t.1-1m.1-2.1-6.1-5.2-k.2-s.2-1l.2-4.4-8.1-k.2-t.1-20."
    "1-7.3-1.1-2i.1-2.7-c.8-2q.1-2.9-b.7-21.2-r.1-1.1-1.1-1j.e-1.5-1.2-5.b-1.10-9.1-2u.4-1.6-1.2-2.2-"
    "p.2-4.3-g.4-d.1-2.2-6.1-f.1-2q+2o-e5.3-qa.3-t.2-u.2-u.2-1s.2-1.7-8.1-2.b-9.1-19.5-39.2-y.1-3a.3-"
    "4.2-9.1-6.3-63.2-2.1-1m.1-1.7-1.1-1.1-2.8-6.a-2.1-1c.1a-2.c-k.4-1c.1-1.5-1.1-5.1-14.9-c.2-w.4-2."
    "2-1.3-1k.1-1.2-3.1-1.3-1m.8-2.2-48.3-1.d-1.7-4.1-6.1-3.2-5i.1s-ej.5-q.5-1d.5-1.a-2o.x-fd+2-d+2-5"
    "a+4-3+1-2+1-eh+2-l+2-q+8-g+c-17+1-a+6-3+1-d+1-8+2-h+2-5+2-8+1-5+1-l+1-7+2-1+1-4+1-2+1-7+1-4+2-s+"
    "1-z+1-1+1-4+3-1+1-1p+3-o+1-e+1-nv+2-1f+1-4+1-bd.3-3x.1-2o.w-3k+q-1+2h-c+5y-q+27-2+2e-2+2v-5+17-1"
    "+2m-1+2e-9+1c-1+14-8+mkd-3+1j-bs.4-1.a-w.2-28.2-7k.1-3.1-4.1-p.2-5.1-47.2-q.i-d.1-12.8-p.b-e+t-3"
    ".3-1c.1-2.4-2.2-13.1-1v.6-2.2-2.2-c.1-8.1-1b.1-1f.1-1.3-2.2-5.2-1.1-16.2-8.1-6m.1-2.1-4.1-i+8mc-"
    "6l8+e8-u.1-kh.g+a-6.g+z-1+j-1+4-43.1-1+2o-3j+7-i.3-e9.1-6a.1-45.5-1ae.3-1.2-5.4-14.3-4.1-4l.2-fx"
    ".4-1t.5-8t.2-25.6-1y.b-1d.4-3f.1-1i.f-15.1-2.2-a.3-1d.4-2.2-2.1-4.1-a.1-1e.3-10.5-1.8-1q.1-c.2-1"
    "g.9-a.4-2.1-2n.3-2.1-1.2-6.1-2.1-4d.1-3.8-l.2-1l.2-3.1-11.7-3.5-1y.6-d.1-1.1-1.1-e.2-2d.8-2.3-1."
    "1-n.1-2c.6-1.1-4.2-1.2-6m.4-6.2-1.2-r.2-2d.8-2.1-1.2-2y.1-1.1-2.6-1.1-2t.1-1.1-2.4-1.5-77.9-1.2-"
    "74.2-1.1-4.1-40.4-2.2-4.1-w.a-14.6-2.4-8.1-9.6-2.3-1a.d-1.2-5i.1-1.3-1.1-5l.7-1.6-1.1-2a.m-2.7-1"
    ".2-1.2-3e.6-3.1-1.2-1.7-1.1-20.2-3.1-1.1-9n.2-b.2-1g.5-5.1-1.1-n.1-445.h-6.f-8ug.c-3.3-1xc.5-1n."
    "7-t4.1-1r.4-25+5-b+7-9+5p2-15+w-2p+37-6pp+4-1+7-1+2-1+83-f+1-t+3-2+1-e+4-8+b0-1wh.2-1.4-3mk.1a-2"
    ".n-ev+2*5-2.3-9.g-2.7-u.4-d+2*4-3l.3-57+2f-9+n-1ah.1j-4.1e-8.1-e.1-m.5-1.f-11s.7-1.h-2.7-1.2-1.5"
    "-2s.1-4g.7-af.1-1p.4-e4.4-72.2-6r.1-2.1-7.2-5.1-d6.7-31.7-1bt+1-5m+1-5a+1-2+a-23+t-d+18-4+9-7+2-"
    "e+6-4a+x-c+9-1+1y-1+m-c+17-4+5-c+h-3+1-3+1z-1+1-1+57-2+1r-d+4-1+o-i+1-q+2-d+1-2e+2d-1c+1y-6+1-3+"
    "3-2+4-3+4-b+2-7+9-6b+c-4+1-7v+1b-1+a-1+55-34+d-3+b-3+1l-1+1-4+g-2+c-4+a-zr+1eke-2+1eke-e1oj.1-u."
    "2o-3k.6o-"
)
_table = []


def _decode():
    starts = []
    widths = bytearray()
    at = 0
    digits = ""
    for ch in _RUNS:
        if ch in ".-+*":
            at += int(digits, 36)
            starts.append(at)
            widths.append(".-+*".index(ch))
            digits = ""
        else:
            digits += ch
    _table.append(starts)
    _table.append(widths)


def _char_width(c):
    if not _table:
        _decode()
    starts = _table[0]
    lo = 0
    hi = len(starts)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if starts[mid] <= c:
            lo = mid
        else:
            hi = mid
    return _table[1][lo]


def str_width(s):
    w = 0
    hi = 0
    for ch in s:
        c = ord(ch)
        if 0xD800 <= c <= 0xDBFF:
            if hi:
                w += 1
            hi = c
            continue
        if hi:
            if 0xDC00 <= c <= 0xDFFF:
                c = 0x10000 + ((hi - 0xD800) << 10) + (c - 0xDC00)
            else:
                w += 1
            hi = 0
        w += _char_width(c)
    return w + (1 if hi else 0)
