// The builtin exception hierarchy of CPython 3.14, and the layout every exception instance shares.
import { E, exceptionFactory, PyObject, PyType, type RaisedException, registerType, T } from "./core.js";
import { PyDict } from "./dict.js";
import { None } from "./singletons.js";
import { PyStr } from "./str.js";

T.traceback = new PyType(T.type, "traceback", [T.object]);

/**
 * A traceback object: one frame an exception passed through, linked to the next frame inward (tb_next). The
 * exception's __traceback__ is the outermost entry; the VM prepends one as the exception leaves each frame.
 */
export class PyTraceback extends PyObject {
  constructor(
    public next: PyTraceback | null,
    readonly frame: PyObject,
    /** Code unit of the instruction that was running (tb_lasti / 2). */
    readonly lasti: number,
  ) {
    super(T.traceback);
  }
}

export class PyBaseException extends PyObject implements RaisedException {
  args: PyObject[];
  /** __traceback__: the outermost entry, or null. */
  traceback: PyTraceback | null = null;
  cause: PyObject | null = null;
  context: PyObject | null = null;
  suppressContext = false;
  constructor(type: PyType, args: PyObject[]) {
    super(type);
    this.args = args;
    this.dict = new PyDict();
  }

  /** PyTraceBack_Here: the exception is leaving (or was raised in) `frame` at code unit `lasti`. */
  addTraceback(frame: PyObject, lasti: number): void {
    this.traceback = new PyTraceback(this.traceback, frame, lasti);
  }
}

/** StopIteration: the iterator's return value. */
export class PyStopIteration extends PyBaseException {
  /** Null until set: the value is then the first argument (natively made StopIterations set only args). */
  explicitValue: PyObject | null = null;
  get value(): PyObject {
    return this.explicitValue ?? this.args[0] ?? None;
  }
  set value(v: PyObject) {
    this.explicitValue = v;
  }
}

/** SystemExit: the exit status or message. */
export class PySystemExit extends PyBaseException {
  code: PyObject = None;
}

/** NameError (and UnboundLocalError): the missing name, for suggestions. */
export class PyNameError extends PyBaseException {
  name: PyObject = None;
}

/** AttributeError: the missing attribute and the object that lacked it, for suggestions. */
export class PyAttributeError extends PyBaseException {
  name: PyObject = None;
  obj: PyObject = None;
  /** The generic attribute lookup records the missing name and the object under these names. */
  set attrName(name: string) {
    this.name = new PyStr(name);
  }
  set attrObj(obj: PyObject) {
    this.obj = obj;
  }
}

/** ImportError: the module name, its path and the name that could not be imported from it. */
export class PyImportError extends PyBaseException {
  msg: PyObject = None;
  name: PyObject = None;
  path: PyObject = None;
  nameFrom: PyObject = None;
}

/** OSError and its subclasses: errno, strerror and the file names involved. */
export class PyOSError extends PyBaseException {
  errno: PyObject = None;
  strerror: PyObject = None;
  filename: PyObject = None;
  filename2: PyObject = None;
}

/** SyntaxError: the message and where the error is (1-based line and column, the text of the line). */
export class PySyntaxError extends PyBaseException {
  msg: PyObject = None;
  filename: PyObject = None;
  lineno: PyObject = None;
  offset: PyObject = None;
  text: PyObject = None;
  endLineno: PyObject = None;
  endOffset: PyObject = None;
  printFileAndLine: PyObject = None;
}

/** BaseExceptionGroup: the message and the nested exceptions (a tuple). */
export class PyBaseExceptionGroup extends PyBaseException {
  msg: PyObject = None;
  excs: PyObject[] = [];
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

/** The instance layout (JS class) of each exception type that has one beyond BaseException's. */
const LAYOUTS: [string, new (type: PyType, args: PyObject[]) => PyBaseException][] = [
  ["BaseException", PyBaseException],
  ["StopIteration", PyStopIteration],
  ["SystemExit", PySystemExit],
  ["NameError", PyNameError],
  ["AttributeError", PyAttributeError],
  ["ImportError", PyImportError],
  ["OSError", PyOSError],
  ["SyntaxError", PySyntaxError],
  ["BaseExceptionGroup", PyBaseExceptionGroup],
];

function exceptionType(name: string, bases: PyType[]): PyType {
  const type = new PyType(T.type, name, bases);
  const layout = LAYOUTS.find(([root]) => root === name)?.[1];
  if (layout) type.allocate = (t) => new layout(t, []);
  else type.allocate = bases[0].allocate;
  registerType(E, name, type);
  return type;
}

T.BaseException = exceptionType("BaseException", [T.object]);
for (const [parent, children] of HIERARCHY) for (const child of children) exceptionType(child, [E[parent]]);
exceptionType("ExceptionGroup", [E.BaseExceptionGroup, E.Exception]);

/**
 * Fills the fields a builtin exception derives from its positional arguments (what each type's __init__ does),
 * for exceptions made natively without calling __init__. Set by the module defining the exception methods.
 */
export const exceptionInit: { fromArgs: (e: PyBaseException) => void } = { fromArgs: () => {} };

/** A bare instance of an exception type, in the layout of its builtin base, with `args` set. */
export function allocException(type: PyType, args: PyObject[]): PyBaseException {
  let alloc = E.BaseException.allocate!;
  for (const t of type.mro)
    if (t.allocate && t.isSubtype(E.BaseException)) {
      alloc = t.allocate;
      break;
    }
  const e = alloc(type) as PyBaseException;
  e.args = args;
  return e;
}

exceptionFactory.make = (type, message) => {
  const e = allocException(type, message === null ? [] : [new PyStr(message)]);
  exceptionInit.fromArgs(e);
  return e;
};

/** Builtin names that are aliases of OSError. */
export const EXCEPTION_ALIASES = { EnvironmentError: "OSError", IOError: "OSError" } as const;

export function isBaseException(o: unknown): o is PyBaseException {
  return o instanceof PyBaseException;
}

/** The exception's attributes as the VM needs them (cause/context chain). */
export function newException(type: PyType, args: PyObject[]): PyBaseException {
  const e = allocException(type, args);
  exceptionInit.fromArgs(e);
  return e;
}
