"""Runs inside the oracle (CPython 3.14): for each requested source, the tree as tagged JSON and
what CPython's ast functions say about it. Reads a JSON list of {source, mode, type_comments} on
stdin and prints a JSON list of answers. Our own code, used by scripts/regenerate-fixtures.ts."""

import ast
import copy
import json
import sys


def tag(value):
    """A Python value as JSON, tagged with its type where JSON alone would lose it."""
    if isinstance(value, ast.AST):
        out = {"_type": type(value).__name__}
        for name in value._fields + value._attributes:
            if hasattr(value, name):
                out[name] = tag(getattr(value, name))
        return out
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return {"int": str(value)}
    if isinstance(value, float):
        return {"float": repr(value)}
    if isinstance(value, complex):
        return {"complex": [repr(value.real), repr(value.imag)]}
    if isinstance(value, bytes):
        return {"bytes": list(value)}
    if value is ...:
        return {"ellipsis": True}
    if isinstance(value, list):
        return [tag(v) for v in value]
    if isinstance(value, tuple):
        return {"tuple": [tag(v) for v in value]}
    if isinstance(value, frozenset):
        return {"frozenset": [tag(v) for v in value]}
    if isinstance(value, set):
        return {"set": sorted((tag(v) for v in value), key=json.dumps)}
    if isinstance(value, dict):
        return {"dict": [[tag(k), tag(v)] for k, v in value.items()]}
    raise TypeError(f"cannot tag {type(value).__name__}")


def error(exc):
    return {"error": {"type": type(exc).__name__, "str": str(exc)}}


def attempt(f):
    try:
        return {"value": f()}
    except Exception as exc:  # noqa: BLE001 - every failure is an answer
        return error(exc)


def strip_some_positions(tree):
    """Deletes the positions of every other located node (walk order), for fix_missing_locations."""
    for i, node in enumerate(ast.walk(tree)):
        if i % 2 == 1:
            for name in node._attributes:
                if name in node.__dict__:
                    delattr(node, name)
    return tree


def answer(request):
    source = request["source"]
    try:
        tree = ast.parse(source, mode=request.get("mode", "exec"), type_comments=request.get("type_comments", False))
    except SyntaxError as exc:
        return error(exc)
    nodes = list(ast.walk(tree))
    out = {
        "tree": tag(tree),
        "dump": {
            "attrs_indent1": ast.dump(tree, include_attributes=True, indent=1),
            "plain": ast.dump(tree),
            "show_empty": ast.dump(tree, show_empty=True),
            "positional": ast.dump(tree, annotate_fields=False),
            "positional_all": ast.dump(tree, annotate_fields=False, include_attributes=True, indent="\t", show_empty=True),
        },
        "unparse": attempt(lambda: ast.unparse(tree)),
        "walk": [type(n).__name__ for n in nodes],
        "segments": [
            [ast.get_source_segment(source, n), ast.get_source_segment(source, n, padded=True)]
            if hasattr(n, "lineno") and hasattr(n, "end_col_offset") and not isinstance(n, ast.TypeIgnore)
            else None
            for n in nodes
        ],
        "docstrings": [
            [ast.get_docstring(n), ast.get_docstring(n, clean=False)]
            for n in nodes
            if isinstance(n, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
        ],
        "incremented": ast.dump(ast.increment_lineno(copy.deepcopy(tree), 3), include_attributes=True),
        "fixed": ast.dump(ast.fix_missing_locations(strip_some_positions(copy.deepcopy(tree))), include_attributes=True),
    }
    if request.get("mode") == "eval":
        out["literal_eval"] = attempt(lambda: tag(ast.literal_eval(tree)))
    return out


print(json.dumps([answer(r) for r in json.load(sys.stdin)]))
