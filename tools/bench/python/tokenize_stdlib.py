"""Times CPython's own tokenize over the stdlib corpus, one repetition per "run" line on stdin.

Usage: python3 tokenize_stdlib.py PATH/TO/python_stdlib.zip
Greets with the corpus it loaded, then answers each "run" with {"seconds", "items", "failures"},
timed around the tokenizing alone (start-up and reading the zip are excluded)."""

import gc
import io
import json
import platform
import sys
import time
import tokenize
import zipfile


def load(zip_path):
    """Every .py file that decodes as UTF-8, as the Node side selects them."""
    sources = []
    with zipfile.ZipFile(zip_path) as archive:
        for name in archive.namelist():
            if not name.endswith(".py"):
                continue
            try:
                sources.append(archive.read(name).decode("utf-8"))
            except UnicodeDecodeError:
                pass
    return sources


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
    sources = load(sys.argv[1])
    greeting = {
        "version": platform.python_version(),
        "files": len(sources),
        "bytes": sum(len(source.encode("utf-8")) for source in sources),
    }
    print(json.dumps(greeting), flush=True)
    for line in sys.stdin:
        if line.strip() != "run":
            continue
        gc.collect()
        print(json.dumps(run(sources)), flush=True)


if __name__ == "__main__":
    main()
