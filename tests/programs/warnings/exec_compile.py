# Warnings from exec() and compile() at run time: "<string>" and "<made>" have no source line to show.
import sys
exec("assert (1, 'always')")
code = compile("y = 5 is 5", "<made>", "exec")
exec(code)
print(y)
print("done", file=sys.stderr)
