"""Times CPython's own tokenize over the stdlib corpus, one repetition per "run" line on stdin.

Usage: python3 tokenize_stdlib.py PATH/TO/python_stdlib.zip
Greets with the corpus it loaded, then answers each "run" with {"seconds", "items", "failures"},
timed around the tokenizing alone (start-up and reading the zip are excluded)."""

import io
import sys
import time
import tokenize

from stdlib_corpus import load, serve


def run(sources):
    items = 0
    failures = 0
    start = time.perf_counter()
    for source in sources:
        try:
            items += len(list(tokenize.generate_tokens(io.StringIO(source).readline)))
        except (tokenize.TokenError, SyntaxError):
            failures += 1
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "items": items, "failures": failures}


def main():
    serve(load(sys.argv[1]), run)


if __name__ == "__main__":
    main()
