# tsmp_print: console.log of values typed string, number or boolean, without tsmp_console.
# A str, a bool or an int within 2^53 (what these are at run time nearly always) is printed here;
# anything else (a float, undefined from an unchecked index read, null) by tsmp_numfmt's log_num,
# imported only when first needed, so a program that prints ints and strings never loads it,
# tsmp_core or tsmp_console.


def log_val(x):
    t = type(x)
    if t is str:
        return x
    if t is int and -1 <= x >> 53 <= 0:  # -2^53 <= x < 2^53, without two big-int constants on the heap
        return x
    if t is bool:
        return "true" if x else "false"
    from tsmp_numfmt import log_num
    return log_num(x)


def log_str(x):
    # A value typed string: a str, or undefined from an unchecked read (null prints itself).
    return "undefined" if x is None else x
