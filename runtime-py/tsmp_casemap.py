# tsmp_casemap: toUpperCase / toLowerCase of non-ASCII text exactly as Node does it (Unicode case
# mappings read from Node 20 for every code point, also those giving several characters, like
# "ß" -> "SS", and the final sigma). Imported by tsmp_string only for text outside its small table.

# one-to-one mappings as runs "start count step delta" in base 36, start counted from the previous run
_UP = (
    "51 1 1 kn,17 n 1 -w,o 7 1 -w,7 1 1 3d,2 o 2 -1,1c 1 1 -6g,2 3 2 -1,7 8 2 -1,h n 2 -1,1b 3 2 -1,5"
    " 1 1 -8c,1 1 1 5f,3 2 2 -1,5 1 1 -1,4 1 1 -1,6 1 1 -1,3 1 1 2p,4 1 1 -1,1 1 1 4j,1 1 1 wu9,3 1 1"
    " 3m,3 3 2 -1,7 1 1 -1,5 1 1 -1,3 1 1 -1,4 2 2 -1,5 1 1 -1,4 1 1 -1,2 1 1 1k,6 1 1 -1,1 1 1 -2,2 "
    "1 1 -1,1 1 1 -2,2 1 1 -1,1 1 1 -2,2 8 2 -1,f 1 1 -27,2 9 2 -1,j 1 1 -1,1 1 1 -2,2 1 1 -1,4 k 2 -"
    "1,16 9 2 -1,p 1 1 -1,3 2 1 8cf,3 1 1 -1,5 5 2 -1,9 1 1 8bj,1 1 1 8bg,1 1 1 8bi,1 1 1 -5u,1 1 1 -"
    "5q,2 2 1 -5p,3 1 1 -5m,2 1 1 -5n,1 1 1 wnj,4 1 1 -5p,1 1 1 wnf,2 1 1 -5r,1 1 1 wo7,1 1 1 wmg,1 1"
    " 1 wn8,2 1 1 -5t,1 1 1 -5v,1 1 1 wn8,1 1 1 8af,1 1 1 wn5,3 1 1 -5v,2 1 1 8al,1 1 1 -5x,3 1 1 -5y"
    ",8 1 1 89z,3 1 1 -62,2 1 1 wn7,1 1 1 -62,4 1 1 wmi,1 1 1 -62,1 1 1 -1x,1 2 1 -61,2 1 1 -1z,6 1 1"
    " -63,b 1 1 wlx,1 1 1 wlu,4n 1 1 2c,18 2 2 -1,6 1 1 -1,4 3 1 3m,1d 1 1 -12,1 3 1 -11,4 h 1 -w,h 1"
    " 1 -v,1 9 1 -w,9 1 1 -1s,1 2 1 -1r,3 1 1 -1q,1 1 1 -1l,4 1 1 -1b,1 1 1 -1i,1 1 1 -8,2 c 2 -1,n 1"
    " 1 -2e,1 1 1 -28,1 1 1 7,1 1 1 -38,2 1 1 -2o,3 1 1 -1,3 1 1 -1,1h w 1 -w,w g 1 -28,h h 2 -1,16 r"
    " 2 -1,1j 7 2 -1,d 1 1 -f,2 1c 2 -1,40 12 1 -1c,29b 17 1 2bk,19 3 1 2bk,l7 6 1 -8,1oo 1 1 -4tq,1 "
    "1 1 -4tp,1 1 1 -4tg,1 2 1 -4te,2 1 1 -4tf,1 1 1 -4t8,1 1 1 -4rp,1 1 1 r7m,2 1 1 -1,6n 1 1 r9g,4 "
    "1 1 2xy,h 1 1 raw,37 23 2 -1,4a 1 1 -1n,6 1c 2 -1,2n 8 1 8,g 6 1 8,g 8 1 8,g 8 1 8,g 6 1 8,h 4 2"
    " 8,f 8 1 8,g 2 1 22,2 4 1 2e,4 2 1 2s,2 2 1 3k,2 2 1 34,2 2 1 3i,1g 2 1 8,e 1 1 -5k5,i 2 1 8,g 2"
    " 1 8,5 1 1 7,a1 1 1 -s,y g 1 -g,k 1 1 -1,ng q 1 -q,1gg 1c 1 -1c,1d 1 1 -1,4 1 1 -8bv,1 1 1 -8bs,"
    "2 3 2 -1,b 1 1 -1,3 1 1 -1,b 1e 2 -1,2z 2 2 -1,7 1 1 -1,d 12 1 -5ls,13 1 1 -5ls,6 1 1 -5ls,nx0 n"
    " 2 -1,1s e 2 -1,4i 7 2 -1,g v 2 -1,1z 2 2 -1,5 5 2 -1,d 1 1 -1,5 2 2 -1,3 1 1 1c,3 a 2 -1,u 8 2 "
    "-1,j 2 2 -1,5 8 2 -1,15 1 1 -1,nx 1 1 -ps,t 28 1 -tzk,gk1 q 1 -w,yv 14 1 -14,4w 10 1 -14,5b b 1 "
    "-13,c f 1 -13,g 7 1 -13,8 2 1 -13,1dx 1f 1 -1s,4w m 1 -w,28g w 1 -w,gww w 1 -w,2j p 1 -r,o6f y 1"
    " -y"
)
_LOW = (
    "5c n 1 w,o 7 1 w,14 o 2 1,1e 3 2 1,7 8 2 1,h n 2 1,1a 1 1 -3d,1 3 2 1,8 1 1 5u,1 2 2 1,4 1 1 5q,"
    "1 1 1 1,2 2 1 5p,2 1 1 1,3 1 1 27,1 1 1 5m,1 1 1 5n,1 1 1 1,2 1 1 5p,1 1 1 5r,2 1 1 5v,1 1 1 5t,"
    "1 1 1 1,4 1 1 5v,1 1 1 5x,2 1 1 5y,1 3 2 1,6 1 1 62,1 1 1 1,2 1 1 62,3 1 1 1,2 1 1 62,1 1 1 1,2 "
    "2 1 61,2 2 2 1,4 1 1 63,1 1 1 1,4 1 1 1,8 1 1 2,1 1 1 1,2 1 1 2,1 1 1 1,2 1 1 2,1 9 2 1,j 9 2 1,"
    "j 1 1 2,1 2 2 1,4 1 1 -2p,1 1 1 -1k,1 k 2 1,14 1 1 -3m,2 9 2 1,o 1 1 8bv,1 1 1 1,2 1 1 -4j,1 1 1"
    " 8bs,3 1 1 1,2 1 1 -5f,1 1 1 1x,1 1 1 1z,1 5 2 1,8a 2 2 1,6 1 1 1,9 1 1 38,7 1 1 12,2 3 1 11,4 1"
    " 1 1s,2 2 1 1r,3 h 1 w,i 9 1 w,18 1 1 8,9 c 2 1,s 1 1 -1o,3 1 1 1,2 1 1 -7,1 1 1 1,3 3 1 -3m,3 g"
    " 1 28,g w 1 w,28 h 2 1,16 r 2 1,1i 1 1 f,1 7 2 1,f 1c 2 1,2p 12 1 1c,29b 12 1 5ls,13 1 1 5ls,6 1"
    " 1 5ls,k3 28 1 tzk,28 6 1 8,1p5 1 1 1,7 17 1 -2bk,19 3 1 -2bk,8z 23 2 1,4e 1 1 -5vj,2 1c 2 1,2w "
    "8 1 -8,g 6 1 -8,g 8 1 -8,g 8 1 -8,g 6 1 -8,h 4 2 -8,f 8 1 -8,w 8 1 -8,g 8 1 -8,g 8 1 -8,g 2 1 -8"
    ",2 2 1 -22,2 1 1 -9,c 4 1 -2e,4 1 1 -9,c 2 1 -8,2 2 1 -2s,e 2 1 -8,2 2 1 -34,2 1 1 -7,c 2 1 -3k,"
    "2 2 1 -3i,2 1 1 -9,8a 1 1 -5st,4 1 1 -6gv,1 1 1 -6di,7 1 1 s,1a g 1 g,z 1 1 1,mr q 1 q,1fu 1c 1 "
    "1c,2o 1 1 1,2 1 1 -8af,1 1 1 -2xy,1 1 1 -89z,3 3 2 1,6 1 1 -8bg,1 1 1 -8al,1 1 1 -8bj,1 1 1 -8bi"
    ",2 1 1 1,3 1 1 1,9 2 1 -8cf,2 1e 2 1,2z 2 2 1,7 1 1 1,nym n 2 1,1s e 2 1,4i 7 2 1,g v 2 1,1z 2 2"
    " 1,4 1 1 -r9g,1 5 2 1,d 1 1 1,2 1 1 -wmg,3 2 2 1,6 a 2 1,k 1 1 -wn8,1 1 1 -wnj,1 1 1 -wnf,1 1 1 "
    "-wn5,1 1 1 -wn8,2 1 1 -wlu,1 1 1 -wmi,1 1 1 -wlx,1 1 1 ps,1 8 2 1,g 1 1 -1c,1 1 1 -wn7,1 1 1 -ra"
    "w,1 2 2 1,4 1 1 -wo7,1 8 2 1,g 1 1 -wu9,p 1 1 1,h7w q 1 w,yn 14 1 14,4w 10 1 14,5c b 1 13,c f 1 "
    "13,g 7 1 13,8 2 1 13,1d8 1f 1 1s,5s m 1 w,28g w 1 w,gww w 1 w,2o p 1 r,o68 y 1 y"
)
# mappings to several characters: "code mapped..." in base 36
_UP_MULTI = (
    "67 2b 2b,95 jg 26,ds 22 lo,pc pl lk ld,q8 px lk ld,13b 111 11u,61i 20 mp,61j 2c lk,61k 2f lm,61l"
    " 2h lm,61m 1t ji,66o px lv,66q px lv lc,66s px lv ld,66u px lv n6,680 64o pl,681 64p pl,682 64q "
    "pl,683 64r pl,684 64s pl,685 64t pl,686 64u pl,687 64v pl,688 64o pl,689 64p pl,68a 64q pl,68b 6"
    "4r pl,68c 64s pl,68d 64t pl,68e 64u pl,68f 64v pl,68g 65k pl,68h 65l pl,68i 65m pl,68j 65n pl,68"
    "k 65o pl,68l 65p pl,68m 65q pl,68n 65r pl,68o 65k pl,68p 65l pl,68q 65m pl,68r 65n pl,68s 65o pl"
    ",68t 65p pl,68u 65q pl,68v 65r pl,68w 67c pl,68x 67d pl,68y 67e pl,68z 67f pl,690 67g pl,691 67h"
    " pl,692 67i pl,693 67j pl,694 67c pl,695 67d pl,696 67e pl,697 67f pl,698 67g pl,699 67h pl,69a "
    "67i pl,69b 67j pl,69e 69m pl,69f pd pl,69g p2 pl,69i pd n6,69j pd n6 pl,69o pd pl,69u 6a2 pl,69v"
    " pj pl,69w p5 pl,69y pj n6,69z pj n6 pl,6a4 pj pl,6aa pl lk lc,6ab pl lk ld,6ae pl n6,6af pl lk "
    "n6,6aq px lk lc,6ar px lk ld,6as pt lv,6au px n6,6av px lk n6,6b6 6be pl,6b7 q1 pl,6b8 pb pl,6ba"
    " q1 n6,6bb q1 n6 pl,6bg q1 pl,1dkw 1y 1y,1dkx 1y 21,1dky 1y 24,1dkz 1y 1y 21,1dl0 1y 1y 24,1dl1 "
    "2b 2c,1dl2 2b 2c,1dlf 11g 11i,1dlg 11g 111,1dlh 11g 117,1dli 11q 11i,1dlj 11g 119"
)
_LOW_MULTI = (
    "8g 2x lj"
)
_tables = {}


def _decode(up):
    runs = []
    at = 0
    for part in (_UP if up else _LOW).split(","):
        start, count, step, delta = [int(x, 36) for x in part.split(" ")]
        at += start
        runs.append((at, at + (count - 1) * step, step, delta))
    multi = {}
    for part in (_UP_MULTI if up else _LOW_MULTI).split(","):
        codes = [int(x, 36) for x in part.split(" ")]
        multi[codes[0]] = "".join(chr(c) for c in codes[1:])
    _tables[up] = (runs, multi)
    return _tables[up]


def _map(c, up):
    runs, multi = _tables.get(up) or _decode(up)
    m = multi.get(c)
    if m is not None:
        return m
    lo = 0
    hi = len(runs)
    while lo < hi:
        mid = (lo + hi) // 2
        if runs[mid][1] < c:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(runs):
        start, end, step, delta = runs[lo]
        if start <= c and (c - start) % step == 0:
            return chr(c + delta)
    return chr(c)


def _cased(ch):
    c = ord(ch)
    if c < 128:
        return ch.isalpha()
    return _map(c, True) != ch or _map(c, False) != ch


def _ignorable(ch):
    return ch in "'.:^`\u00b7\u2019\u00ad" or 0x300 <= ord(ch) <= 0x36F


def _final_sigma(s, i):
    # a capital sigma lowercases to final sigma after a cased letter when no cased letter follows
    j = i - 1
    while j >= 0 and _ignorable(s[j]):
        j -= 1
    if j < 0 or not _cased(s[j]):
        return False
    j = i + 1
    while j < len(s) and _ignorable(s[j]):
        j += 1
    return j >= len(s) or not _cased(s[j])


def _pair(c):
    # a code point beyond U+FFFF as the two UTF-16 units a string holding surrogates uses
    c -= 0x10000
    return chr(0xD800 + (c >> 10)) + chr(0xDC00 + (c & 0x3FF))


def case_map(s, up):
    out = []
    n = len(s)
    i = 0
    while i < n:
        ch = s[i]
        c = ord(ch)
        if c < 128:
            out.append(ch.upper() if up else ch.lower())
        elif c == 0x3A3 and not up:
            out.append("\u03c2" if _final_sigma(s, i) else "\u03c3")
        elif 0xD800 <= c <= 0xDBFF and i + 1 < n and 0xDC00 <= ord(s[i + 1]) <= 0xDFFF:
            m = _map(0x10000 + ((c - 0xD800) << 10) + (ord(s[i + 1]) - 0xDC00), up)
            out.append("".join(_pair(ord(x)) if ord(x) > 0xFFFF else x for x in m))
            i += 1
        else:
            out.append(_map(c, up))
        i += 1
    return "".join(out)
