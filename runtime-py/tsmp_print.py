# tsmp_print: console.log arguments typed string, number or boolean, printed without loading the console formatter.
# A str, a bool or an int within 2^53 (what these are at run time nearly always) is printed here;
# anything else (a float, undefined from an unchecked index read, null) goes to tsmp_console's
# log_prim, imported only when first needed, so a program that prints ints and strings never
# loads tsmp_console, the float formatter or the rest of tsmp_core.


def log_val(x):
    t = type(x)
    if t is str:
        return x
    if t is int and -1 <= x >> 53 <= 0:  # -2^53 <= x < 2^53, without two big-int constants on the heap
        return x
    if t is bool:
        return "true" if x else "false"
    from tsmp_console import log_prim
    return log_prim(x)
