// The builtin exception hierarchy of CPython 3.14, and the layout every exception instance shares.
import { E, exceptionFactory, PyObject, PyType, type RaisedException, T } from "./core.js";
import { PyStr } from "./str.js";

/** One frame's entry of a traceback: filled by the VM as the exception unwinds (tb_frame, tb_lasti, tb_lineno). */
export interface TracebackEntry {
  frame: PyObject;
  lasti: number;
  lineno: number | null;
}

export class PyBaseException extends PyObject implements RaisedException {
  args: PyObject[];
  /** Newest frame last, as the VM appends entries while unwinding outward. */
  traceback: TracebackEntry[] = [];
  cause: PyObject | null = null;
  context: PyObject | null = null;
  suppressContext = false;
  notes: PyObject | null = null;
  constructor(type: PyType, args: PyObject[]) {
    super(type);
    this.args = args;
  }
}

/** Parent, then children: CPython 3.14's hierarchy (Lib/test/exception_hierarchy.txt). */
const HIERARCHY: [string, string[]][] = [
  ["BaseException", ["BaseExceptionGroup", "GeneratorExit", "KeyboardInterrupt", "SystemExit", "Exception"]],
  [
    "Exception",
    [
      "ArithmeticError",
      "AssertionError",
      "AttributeError",
      "BufferError",
      "EOFError",
      "ImportError",
      "LookupError",
      "MemoryError",
      "NameError",
      "OSError",
      "ReferenceError",
      "RuntimeError",
      "StopAsyncIteration",
      "StopIteration",
      "SyntaxError",
      "SystemError",
      "TypeError",
      "ValueError",
      "Warning",
    ],
  ],
  ["ArithmeticError", ["FloatingPointError", "OverflowError", "ZeroDivisionError"]],
  ["ImportError", ["ModuleNotFoundError"]],
  ["LookupError", ["IndexError", "KeyError"]],
  ["NameError", ["UnboundLocalError"]],
  [
    "OSError",
    [
      "BlockingIOError",
      "ChildProcessError",
      "ConnectionError",
      "FileExistsError",
      "FileNotFoundError",
      "InterruptedError",
      "IsADirectoryError",
      "NotADirectoryError",
      "PermissionError",
      "ProcessLookupError",
      "TimeoutError",
    ],
  ],
  [
    "ConnectionError",
    ["BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError"],
  ],
  ["RuntimeError", ["NotImplementedError", "PythonFinalizationError", "RecursionError"]],
  ["SyntaxError", ["IndentationError"]],
  ["IndentationError", ["TabError"]],
  ["ValueError", ["UnicodeError"]],
  ["UnicodeError", ["UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError"]],
  [
    "Warning",
    [
      "BytesWarning",
      "DeprecationWarning",
      "EncodingWarning",
      "FutureWarning",
      "ImportWarning",
      "PendingDeprecationWarning",
      "ResourceWarning",
      "RuntimeWarning",
      "SyntaxWarning",
      "UnicodeWarning",
      "UserWarning",
    ],
  ],
];

function exceptionType(name: string, bases: PyType[]): PyType {
  const type = new PyType(T.type, name, bases);
  type.allocate = (t) => new PyBaseException(t, []);
  E[name] = type;
  return type;
}

T.BaseException = exceptionType("BaseException", [T.object]);
for (const [parent, children] of HIERARCHY) for (const child of children) exceptionType(child, [E[parent]]);
exceptionType("ExceptionGroup", [E.BaseExceptionGroup, E.Exception]);

exceptionFactory.make = (type, message) =>
  new PyBaseException(type, message === null ? [] : [new PyStr(message)]);

/** Builtin names that are aliases of OSError. */
export const EXCEPTION_ALIASES = { EnvironmentError: "OSError", IOError: "OSError" } as const;

export function isBaseException(o: unknown): o is PyBaseException {
  return o instanceof PyBaseException;
}

/** The exception's attributes as the VM needs them (cause/context chain). */
export function newException(type: PyType, args: PyObject[]): PyBaseException {
  return new PyBaseException(type, args);
}
