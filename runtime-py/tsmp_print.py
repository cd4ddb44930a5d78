# tsmp_print: console.log arguments typed string, number or boolean, printed without loading the console formatter.
# A str, a bool or an int within 2^53 (what these are at run time nearly always) is printed here;
# any other number by tsmp_numfmt's fmt_float and anything else (undefined from an unchecked index
# read, null) by tsmp_core's js_str, each imported only when first needed, so a program that
# prints ints and strings never loads tsmp_numfmt or tsmp_core.


def log_val(x):
    t = type(x)
    if t is str:
        return x
    if t is int and -9007199254740992 <= x <= 9007199254740992:
        return x
    if t is bool:
        return "true" if x else "false"
    if t is float or t is int:
        # console.log prints -0 as -0 (String(-0) is "0")
        if x == 0 and str(x)[0] == "-":
            return "-0"
        from tsmp_numfmt import fmt_float
        return fmt_float(x)
    from tsmp_core import js_str
    return js_str(x)
