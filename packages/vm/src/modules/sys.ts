// The sys module: argv, path, modules, the standard streams, limits, version and implementation, hooks.
import {
  callObject,
  E,
  False,
  getAttr,
  index,
  intDigitsLimit,
  intern,
  intFrom,
  None,
  newError,
  newInt,
  newList,
  newStr,
  newTuple,
  type PyBaseException,
  PyBuiltinFunction,
  type PyDict,
  PyInt,
  PyList,
  type PyModule,
  type PyObject,
  PyObject as PyObjectClass,
  PyStr,
  pyBool,
  repr,
  T,
  True,
  truthy,
  typeError,
} from "@ophis/objects";
import { CACHE_TAG } from "../imports/loader.js";
import type { Interpreter } from "../interpreter.js";
import { formatException } from "../traceback.js";
import { simpleNamespace, structSeq, structSeqType } from "./structseq.js";
import { addSysInfo } from "./sys-info.js";
import { PyFile, TextIOWrapperType } from "./textio.js";

/** CPython release whose behaviour Ophis reproduces (the oracle's). */
export const VERSION = { major: 3, minor: 14, micro: 2 } as const;
const HEXVERSION = (VERSION.major << 24) | (VERSION.minor << 16) | (VERSION.micro << 8) | 0xf0;
const VERSION_STRING = `${VERSION.major}.${VERSION.minor}.${VERSION.micro} (main, Nov 24 2026, 00:00:00) [Ophis]`;

const VersionInfo = structSeqType("sys.version_info", ["major", "minor", "micro", "releaselevel", "serial"]);
const FLAG_NAMES = [
  "debug",
  "inspect",
  "interactive",
  "optimize",
  "dont_write_bytecode",
  "no_user_site",
  "no_site",
  "ignore_environment",
  "verbose",
  "bytes_warning",
  "quiet",
  "hash_randomization",
  "isolated",
  "dev_mode",
  "utf8_mode",
  "warn_default_encoding",
  "safe_path",
  "int_max_str_digits",
] as const;
const Flags = structSeqType("sys.flags", FLAG_NAMES);

/** What the interpreter asks of its sys module. */
export interface SysModule {
  readonly module: PyModule;
  readonly dict: PyDict;
  readonly defaultExcepthook: PyObject;
  path(): PyObject;
  setPath0(entry: string): void;
  setArgv0(arg: string): void;
  writeOut(text: string): void;
  /** print()'s output: one host write for the real stdout, one write() call per part for a replacement. */
  writeParts(parts: string[]): void;
  writeErr(text: string): void;
  readLine(): string | null;
  flushStdout(): void;
  writeBytecode(): boolean;
}

function versionInfo(): PyObject {
  return structSeq(VersionInfo, [
    newInt(VERSION.major),
    newInt(VERSION.minor),
    newInt(VERSION.micro),
    newStr("final"),
    newInt(0),
  ]);
}

function write(
  stream: PyObject | undefined,
  fast: PyObject,
  direct: (t: string) => void,
  text: string,
): void {
  if (stream === undefined || stream === None) return;
  if (stream === fast) direct(text);
  else callObject(getAttr(stream, "write"), [newStr(text)]);
}

export function makeSys(interp: Interpreter, argv: string[]): SysModule {
  const { host, ts, imports } = interp;
  const mod = imports.makeNative(
    "sys",
    "This module provides access to some objects used or maintained by the\ninterpreter and to functions that interact strongly with the interpreter.",
  );
  const d = mod.moduleDict;
  const fn = (name: string, f: (args: PyObject[], kw: readonly string[] | null) => PyObject) =>
    d.setStr(name, new PyBuiltinFunction(name, f, mod));
  const stdout = new PyFile(TextIOWrapperType, newStr("<stdout>"), "w", false, false, true, {
    write: host.stdout,
  });
  const stderr = new PyFile(
    TextIOWrapperType,
    newStr("<stderr>"),
    "w",
    false,
    false,
    true,
    { write: host.stderr },
    "backslashreplace",
  );
  const stdin = new PyFile(TextIOWrapperType, newStr("<stdin>"), "r", false, true, false, {
    readLine: host.readLine,
  });
  const opts = interp.options;
  const flagValues: Record<string, PyObject> = {
    inspect: newInt(opts.flags?.inspect ? 1 : 0),
    interactive: newInt(opts.flags?.interactive ? 1 : 0),
    dont_write_bytecode: newInt(opts.dontWriteBytecode ? 1 : 0),
    hash_randomization: newInt(1),
    dev_mode: False,
    safe_path: False,
    int_max_str_digits: newInt(4300),
  };
  const flags = structSeq(
    Flags,
    FLAG_NAMES.map((n) => flagValues[n] ?? newInt(0)),
  );

  d.setStr("argv", newList(argv.map(newStr)));
  d.setStr("path", newList([newStr("")]));
  d.setStr("modules", imports.modules);
  d.setStr("stdout", stdout);
  d.setStr("stderr", stderr);
  d.setStr("stdin", stdin);
  d.setStr("__stdout__", stdout);
  d.setStr("__stderr__", stderr);
  d.setStr("__stdin__", stdin);
  d.setStr("maxsize", intFrom(2n ** 63n - 1n));
  d.setStr("maxunicode", newInt(0x10ffff));
  d.setStr("byteorder", newStr("little"));
  d.setStr("platform", newStr("linux"));
  d.setStr("version", newStr(VERSION_STRING));
  d.setStr("version_info", versionInfo());
  d.setStr("hexversion", newInt(HEXVERSION));
  d.setStr("api_version", newInt(1013));
  d.setStr("executable", newStr(""));
  d.setStr("dont_write_bytecode", pyBool(opts.dontWriteBytecode ?? false));
  d.setStr("flags", flags);
  d.setStr(
    "implementation",
    simpleNamespace({
      name: newStr("ophis"),
      cache_tag: newStr(CACHE_TAG),
      version: versionInfo(),
      hexversion: newInt(HEXVERSION),
    }),
  );

  addSysInfo(mod, d, opts);

  fn("exit", (args) => {
    throw callObject(E.SystemExit, args.length ? [args[0]] : []);
  });
  fn("getrecursionlimit", () => newInt(ts.recursionLimit));
  fn("setrecursionlimit", ([n]) => {
    if (!(n instanceof PyInt))
      throw typeError(`'${n.type.tpName}' object cannot be interpreted as an integer`);
    const limit = Number(n.value);
    if (limit < 1) throw newError("ValueError", "recursion limit must be greater or equal than 1");
    if (limit <= ts.depth)
      throw newError(
        "RecursionError",
        `cannot set the recursion limit to ${limit} at the recursion depth ${ts.depth}: the limit is too low`,
      );
    ts.recursionLimit = limit;
    return None;
  });
  fn("exc_info", () => {
    const e = ts.handled;
    if (e === null || e === None) return newTuple([None, None, None]);
    const tb = (e as PyBaseException).traceback;
    return newTuple([e.type, e, tb instanceof PyObjectClass ? tb : None]);
  });
  fn("exception", () => ts.handled ?? None);
  fn("_getframe", (args) => {
    let depth = args.length ? Number(index(args[0])) : 0;
    let frame = ts.frame;
    for (; depth > 0 && frame !== null; depth--) frame = frame.back;
    if (frame === null) throw newError("ValueError", "call stack is not deep enough");
    return frame;
  });
  fn("intern", ([s]) => {
    if (!(s instanceof PyStr)) throw typeError(`intern() argument must be str, not ${s.type.name}`);
    if (s.type !== T.str) throw typeError(`can't intern ${s.type.name}`);
    return intern(s.value);
  });
  fn("getdefaultencoding", () => newStr("utf-8"));
  fn("getfilesystemencoding", () => newStr("utf-8"));
  fn("getfilesystemencodeerrors", () => newStr("surrogateescape"));
  fn("get_int_max_str_digits", () => newInt(intDigitsLimit.value));
  fn("set_int_max_str_digits", (args, kw) => {
    const n = Number(index(args[0]));
    void kw;
    if (n !== 0 && n < 640) throw newError("ValueError", "maxdigits must be >= 640 or 0 for unlimited");
    intDigitsLimit.value = n;
    return None;
  });
  fn("displayhook", ([value]) => {
    if (value === None) return None;
    const b = interp.builtins;
    b.setStr("_", None);
    write(d.getStr("stdout"), stdout, host.stdout, `${repr(value)}\n`);
    b.setStr("_", value);
    return None;
  });
  fn("excepthook", ([, value]) => {
    const text = formatException(
      value as PyBaseException,
      (f) => interp.sourceText(f),
      d.getStr("tracebacklimit"),
    );
    write(d.getStr("stderr"), stderr, host.stderr, text);
    return None;
  });
  d.setStr("__displayhook__", d.getStr("displayhook")!);
  d.setStr("__excepthook__", d.getStr("excepthook")!);
  const defaultExcepthook = d.getStr("excepthook")!;
  imports.modules.setStr("sys", mod);

  return {
    module: mod,
    dict: d,
    defaultExcepthook,
    path: () => d.getStr("path") ?? newList([]),
    setPath0: (entry) => {
      const p = d.getStr("path");
      if (p instanceof PyList) p.items[0] = newStr(entry);
    },
    setArgv0: (arg) => {
      const a = d.getStr("argv");
      if (a instanceof PyList) a.items[0] = newStr(arg);
    },
    writeOut: (text) => write(d.getStr("stdout"), stdout, host.stdout, text),
    writeParts: (parts) => {
      const s = d.getStr("stdout");
      if (s === stdout) host.stdout(parts.join(""));
      else for (const part of parts) write(s, stdout, host.stdout, part);
    },
    writeErr: (text) => write(d.getStr("stderr"), stderr, host.stderr, text),
    readLine: () => {
      const s = d.getStr("stdin");
      if (s === stdin || s === undefined) return host.readLine();
      if (s === None) throw newError("RuntimeError", "input(): lost sys.stdin");
      const line = callObject(getAttr(s, "readline"), []);
      return line instanceof PyStr && line.value !== "" ? line.value : null;
    },
    flushStdout: () => {
      const s = d.getStr("stdout");
      if (s !== undefined && s !== None && s !== stdout) callObject(getAttr(s, "flush"), []);
    },
    writeBytecode: () => !truthy(d.getStr("dont_write_bytecode") ?? True),
  };
}
