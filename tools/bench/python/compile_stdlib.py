"""Times CPython's own compile() (parse included) over the stdlib corpus, one repetition per "run" line.

Usage: python3 compile_stdlib.py PATH/TO/python_stdlib.zip
Greets with the corpus it loaded, then answers each "run" with {"seconds", "items", "failures"}, timed
around compiling alone; items are code objects produced (the module's and every nested one)."""

import sys
import time

from stdlib_corpus import load, serve


def count_code(code):
    return 1 + sum(count_code(c) for c in code.co_consts if hasattr(c, "co_code"))


def run(sources):
    items = 0
    failures = 0
    start = time.perf_counter()
    for index, source in enumerate(sources):
        try:
            code = compile(source, f"<stdlib {index}>", "exec")
        except (SyntaxError, ValueError):
            failures += 1
            continue
        items += count_code(code)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "items": items, "failures": failures}


def main():
    serve(load(sys.argv[1]), run)


if __name__ == "__main__":
    main()
