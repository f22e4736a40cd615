"""Times CPython's own ast.parse over the stdlib corpus, one repetition per "run" line on stdin.

Usage: python3 parse_stdlib.py PATH/TO/python_stdlib.zip [--memory]
Greets with the corpus it loaded, then answers each "run" with {"seconds", "items", "failures"},
timed around the parsing alone; items are top-level statements (len(Module.body)).
With --memory it instead parses every file once, keeping every tree, prints {"bytes"}: the growth
of its resident set over that parse after a collection, and exits."""

import ast
import gc
import json
import os
import sys
import time

from stdlib_corpus import load, serve


def parse(source):
    try:
        return ast.parse(source)
    except (SyntaxError, ValueError):
        return None


def run(sources):
    items = 0
    failures = 0
    start = time.perf_counter()
    for source in sources:
        tree = parse(source)
        if tree is None:
            failures += 1
        else:
            items += len(tree.body)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "items": items, "failures": failures}


def resident_bytes():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def memory(sources):
    gc.collect()
    before = resident_bytes()
    trees = [parse(source) for source in sources]
    gc.collect()
    held = resident_bytes() - before
    print(json.dumps({"bytes": held, "trees": sum(tree is not None for tree in trees)}), flush=True)


def main():
    sources = load(sys.argv[1])
    if "--memory" in sys.argv[2:]:
        memory(sources)
    else:
        serve(sources, run)


if __name__ == "__main__":
    main()
