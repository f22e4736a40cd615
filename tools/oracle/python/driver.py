"""Answers the oracle's questions inside Pyodide: each entry point takes a JSON list of
requests and returns a JSON list of answers, one per request, never raising."""

import ast
import base64
import dis
import io
import json
import linecache
import marshal
import os
import re
import shutil
import sys
import tokenize
import traceback

_NETWORK_EVENTS = ("socket.", "urllib.Request", "http.client.connect")
_BLOCKED_IMPORTS = {"js", "pyodide_js", "pyodide.http", "pyodide.ffi", "micropip"}


def _no_network(event, args):
    # Sockets in Pyodide under Node open real connections: the oracle must never reach out.
    if event.startswith(_NETWORK_EVENTS):
        raise PermissionError(f"network access is blocked in the Ophis oracle ({event})")
    if event == "import" and args and args[0] in _BLOCKED_IMPORTS:
        raise ImportError(f"module {args[0]!r} is blocked in the Ophis oracle")


def _type_name(exc):
    cls = type(exc)
    module = cls.__module__
    return cls.__qualname__ if module == "builtins" else f"{module}.{cls.__qualname__}"


def _jsonable(value):
    if isinstance(value, (tuple, list)):
        return [_jsonable(v) for v in value]
    if isinstance(value, bytes):
        return {"bytes": base64.b64encode(value).decode("ascii")}
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return repr(value)


def _error(exc):
    answer = {"type": _type_name(exc), "args": _jsonable(exc.args), "str": str(exc)}
    if isinstance(exc, SyntaxError):
        for field in ("msg", "filename", "lineno", "offset", "end_lineno", "end_offset", "text"):
            answer[field] = getattr(exc, field, None)
    return answer


def _token_row(t):
    return [t.type, t.string, list(t.start), list(t.end), t.line]


def _source_of(request):
    if "base64" in request:
        return base64.b64decode(request["base64"])
    return request["source"]


def tokens(requests_json):
    """generate_tokens for text, tokenize.tokenize for bytes; tokens up to any error."""
    answers = []
    for request in json.loads(requests_json):
        source = _source_of(request)
        rows = []
        answer = {"tokens": rows}
        try:
            if isinstance(source, bytes):
                stream = tokenize.tokenize(io.BytesIO(source).readline)
            else:
                stream = tokenize.generate_tokens(io.StringIO(source).readline)
            for t in stream:
                rows.append(_token_row(t))
        except Exception as exc:  # noqa: BLE001 - every failure is an answer
            answer["error"] = _error(exc)
        answers.append(answer)
    return json.dumps(answers)


def tokenize_cli(requests_json):
    """What `python -m tokenize [-e] FILE` prints for each source."""
    answers = []
    for request in json.loads(requests_json):
        path = request.get("path") or "/tmp/oracle_tokenize_input.py"
        os.makedirs(os.path.dirname(path), exist_ok=True)
        data = _source_of(request)
        with open(path, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
        argv = ["-e", path] if request.get("exact") else [path]
        answers.append(_capture(lambda: tokenize._main(argv)))
    return json.dumps(answers)


def _capture(action):
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    status = 0
    try:
        action()
    except SystemExit as exc:
        status = _exit_status(exc, err)
    except BaseException as exc:  # noqa: BLE001
        traceback.print_exception(type(exc), exc, _user_frames(exc.__traceback__))
        status = 1
    finally:
        sys.stdout.flush()
        sys.stdout, sys.stderr = saved
    return {"stdout": out.getvalue(), "stderr": err.getvalue(), "status": status}


def _user_frames(tb):
    # The driver's own frames sit above the program's; CPython's traceback starts below them.
    while tb is not None and tb.tb_frame.f_code.co_filename == _DRIVER_FILE:
        tb = tb.tb_next
    return tb


def _exit_status(exc, err):
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    print(code, file=err)
    return 1


def ast_dump(requests_json):
    """ast.dump(ast.parse(...)) with the requested options, or the SyntaxError."""
    answers = []
    for request in json.loads(requests_json):
        options = request.get("options", {})
        try:
            tree = ast.parse(
                _source_of(request),
                filename=request.get("filename", "<unknown>"),
                mode=request.get("mode", "exec"),
                type_comments=options.get("type_comments", False),
                feature_version=options.get("feature_version"),
                optimize=options.get("optimize", -1),
            )
            text = ast.dump(
                tree,
                annotate_fields=options.get("annotate_fields", True),
                include_attributes=options.get("include_attributes", False),
                indent=options.get("indent"),
                show_empty=options.get("show_empty", False),
            )
            answers.append({"dump": text})
        except Exception as exc:  # noqa: BLE001
            answers.append({"error": _error(exc)})
    return json.dumps(answers)


def ast_unparse(requests_json):
    """ast.unparse(ast.parse(...)), or the SyntaxError."""
    answers = []
    for request in json.loads(requests_json):
        try:
            tree = ast.parse(_source_of(request), mode=request.get("mode", "exec"))
            answers.append({"unparse": ast.unparse(tree)})
        except Exception as exc:  # noqa: BLE001
            answers.append({"error": _error(exc)})
    return json.dumps(answers)


def ast_cli(requests_json):
    """What `python -m ast [options] FILE` prints."""
    answers = []
    for request in json.loads(requests_json):
        path = request["path"]
        os.makedirs(os.path.dirname(path), exist_ok=True)
        data = _source_of(request)
        with open(path, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
        argv = [*request.get("args", []), path]
        answers.append(_capture(lambda: ast.main(argv)))
    return json.dumps(answers)


_ADDRESS = re.compile(r"0x[0-9a-f]+")


def dis_text(requests_json):
    """dis.dis of the compiled source, code object addresses masked as 0x...."""
    answers = []
    for request in json.loads(requests_json):
        options = request.get("options", {})
        try:
            code = compile(_source_of(request), request.get("filename", "<dis>"), request.get("mode", "exec"))
            answers.append({"dis": _dis_masked(code, options)})
        except Exception as exc:  # noqa: BLE001
            answers.append({"error": _error(exc)})
    return json.dumps(answers)


def marshal_code(requests_json):
    """marshal.dumps of the compiled code object, base64."""
    answers = []
    for request in json.loads(requests_json):
        try:
            code = compile(_source_of(request), request.get("filename", "<marshal>"), request.get("mode", "exec"))
            answers.append({"base64": base64.b64encode(marshal.dumps(code)).decode("ascii")})
        except Exception as exc:  # noqa: BLE001
            answers.append({"error": _error(exc)})
    return json.dumps(answers)



def compile_warnings(requests_json):
    """The warnings compile(source) emits, every one recorded: category, message, lineno, offset."""
    import warnings

    answers = []
    for request in json.loads(requests_json):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                compile(_source_of(request), request.get("filename", "<warn>"), request.get("mode", "exec"))
                error = None
            except Exception as exc:  # noqa: BLE001
                error = _error(exc)
        rows = [[w.category.__name__, str(w.message), w.lineno] for w in caught]
        answers.append({"warnings": rows, "error": error})
    return json.dumps(answers)


def _dis_masked(code, options):
    out = io.StringIO()
    dis.dis(
        code,
        file=out,
        show_caches=options.get("show_caches", False),
        adaptive=False,
        show_offsets=options.get("show_offsets", False),
        show_positions=options.get("show_positions", False),
        depth=options.get("depth"),
    )
    return _ADDRESS.sub("0x....", out.getvalue())


def pyc_code(requests_json):
    """A .pyc of the compiled source as importlib writes it: timestamp-based, or hash-based (checked or not)."""
    from importlib import _bootstrap_external as external
    from importlib.util import source_hash

    answers = []
    for request in json.loads(requests_json):
        try:
            source = _source_of(request)
            code = compile(source, request.get("filename", "<pyc>"), request.get("mode", "exec"))
            kind = request.get("kind", "timestamp")
            if kind == "timestamp":
                data = external._code_to_timestamp_pyc(code, request.get("mtime", 0), request.get("source_size", 0))
            else:
                raw = source if isinstance(source, bytes) else source.encode("utf-8")
                data = external._code_to_hash_pyc(code, source_hash(raw), kind == "checked-hash")
            answers.append({"base64": base64.b64encode(bytes(data)).decode("ascii")})
        except Exception as exc:  # noqa: BLE001
            answers.append({"error": _error(exc)})
    return json.dumps(answers)


def dis_pyc(requests_json):
    """Loads a .pyc as importlib does (header classified and validated against the source, then the marshalled
    code) and answers dis.dis of it, addresses masked, with the header's flags."""
    from importlib import _bootstrap_external as external
    from importlib.util import source_hash

    answers = []
    for request in json.loads(requests_json):
        name = request.get("name", "<pyc>")
        details = {"name": name, "path": name}
        try:
            data = base64.b64decode(request["pyc"])
            flags = external._classify_pyc(data, name, details)
            if flags & 0b1:
                raw = base64.b64decode(request["source"])
                external._validate_hash_pyc(data, source_hash(raw), name, details)
            else:
                external._validate_timestamp_pyc(data, request["mtime"], request["source_size"], name, details)
            code = external._compile_bytecode(memoryview(data)[16:], name, name)
            answers.append({"dis": _dis_masked(code, request.get("options", {})), "flags": flags})
        except Exception as exc:  # noqa: BLE001
            answers.append({"error": _error(exc)})
    return json.dumps(answers)


_PRISTINE_MODULES = None


def run(requests_json):
    """Run each program as `python FILE ARGS` would: stdout, stderr, exit status."""
    global _PRISTINE_MODULES
    if _PRISTINE_MODULES is None:
        _PRISTINE_MODULES = dict(sys.modules)
    answers = []
    for index, request in enumerate(json.loads(requests_json)):
        workdir = f"/tmp/oracle_run_{index}"
        # A fresh directory and line cache: an earlier batch may have left other files and source lines there.
        shutil.rmtree(workdir, ignore_errors=True)
        linecache.clearcache()
        os.makedirs(workdir, exist_ok=True)
        files = dict(request.get("files", {}))
        main_name = request.get("filename", "main.py")
        files[main_name] = request["source"]
        for name, text in files.items():
            path = os.path.join(workdir, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        main_path = os.path.join(workdir, main_name)
        answers.append(_run_one(main_path, workdir, request))
        for name in list(sys.modules):
            if name not in _PRISTINE_MODULES:
                del sys.modules[name]
    return json.dumps(answers)


# Interpreter-wide settings a program may change, put back after each run so the next program starts afresh.
_SYS_SETTINGS = ("tracebacklimit", "excepthook", "displayhook", "breakpointhook", "unraisablehook")


def _run_one(main_path, workdir, request):
    saved_argv, saved_path, saved_cwd, saved_stdin = sys.argv, list(sys.path), os.getcwd(), sys.stdin
    saved_settings = {name: getattr(sys, name) for name in _SYS_SETTINGS if hasattr(sys, name)}
    saved_limits = sys.getrecursionlimit(), sys.get_int_max_str_digits()
    sys.argv = [main_path, *request.get("argv", [])]
    sys.path.insert(0, workdir)
    sys.stdin = io.StringIO(request.get("stdin", ""))
    os.chdir(workdir)
    main_module = type(sys)("__main__")
    main_module.__file__ = main_path
    saved_main = sys.modules.get("__main__")
    sys.modules["__main__"] = main_module

    def execute():
        with open(main_path, "rb") as f:
            code = compile(f.read(), main_path, "exec")
        exec(code, main_module.__dict__)

    try:
        return _capture(execute)
    finally:
        sys.argv, sys.path, sys.stdin = saved_argv, saved_path, saved_stdin
        for name in _SYS_SETTINGS:
            if name in saved_settings:
                setattr(sys, name, saved_settings[name])
            elif hasattr(sys, name):
                delattr(sys, name)
        sys.setrecursionlimit(saved_limits[0])
        sys.set_int_max_str_digits(saved_limits[1])
        os.chdir(saved_cwd)
        if saved_main is not None:
            sys.modules["__main__"] = saved_main


def version(_unused):
    return json.dumps([{"version": sys.version, "version_info": list(sys.version_info)[:3]}])


_DRIVER_FILE = _error.__code__.co_filename
sys.addaudithook(_no_network)
