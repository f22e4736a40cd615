"""Times CPython running one program (compiled once, executed afresh per repetition, output discarded).

Usage: python3 run_program.py PATH/TO/program.py
Greets with {"version", "output"} (the program's output, so both interpreters can be seen to agree), then
answers each "run" line with {"seconds", "items": 1, "failures"}."""

import contextlib
import gc
import io
import json
import platform
import sys
import time


def execute(code):
    with contextlib.redirect_stdout(io.StringIO()) as out:
        exec(code, {"__name__": "__main__"})
    return out.getvalue()


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        code = compile(f.read(), sys.argv[1], "exec")
    print(json.dumps({"version": platform.python_version(), "output": execute(code)}), flush=True)
    for line in sys.stdin:
        if line.strip() != "run":
            continue
        gc.collect()
        start = time.perf_counter()
        execute(code)
        seconds = time.perf_counter() - start
        print(json.dumps({"seconds": seconds, "items": 1, "failures": 0}), flush=True)


if __name__ == "__main__":
    main()
