"""The corpus and the "run" protocol shared by the timing scripts beside this file (see src/child.ts)."""

import gc
import json
import platform
import sys
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


def greeting(sources):
    return {
        "version": platform.python_version(),
        "files": len(sources),
        "bytes": sum(len(source.encode("utf-8")) for source in sources),
    }


def serve(sources, run):
    """Greets, then answers each "run" line on stdin with run(sources), after a collection."""
    print(json.dumps(greeting(sources)), flush=True)
    for line in sys.stdin:
        if line.strip() != "run":
            continue
        gc.collect()
        print(json.dumps(run(sources)), flush=True)
