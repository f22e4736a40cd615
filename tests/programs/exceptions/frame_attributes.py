# Frames reached through a traceback: f_lineno, f_code names, f_locals, f_globals and tb_lasti.
def level2(a):
    b = a + 1
    raise RuntimeError("deep")

def level1():
    level2(10)

try:
    level1()
except RuntimeError as e:
    tb = e.__traceback__
    while tb:
        f = tb.tb_frame
        print(f.f_code.co_name, f.f_lineno, tb.tb_lineno, f.f_code.co_filename, isinstance(tb.tb_lasti, int))
        tb = tb.tb_next
    inner = e.__traceback__.tb_next.tb_next.tb_frame
    print(sorted(inner.f_locals.items()))
    print(inner.f_globals["__name__"], inner.f_code.co_firstlineno)
