// Methods and attributes of the builtin exceptions (BaseException, KeyError, StopIteration, OSError, SyntaxError, ...).
import { splitKeywords } from "../args.js";
import { getAttrOrUndefined, setAttr } from "../attributes.js";
import { E, type PyObject, PyType, T, typeError } from "../core.js";
import {
  allocException,
  exceptionInit,
  type PyAttributeError,
  PyBaseException,
  PyImportError,
  type PyNameError,
  PyOSError,
  PyStopIteration,
  PySyntaxError,
  PySystemExit,
  PyTraceback,
} from "../exceptions.js";
import { defineGetSets, defineMethods, PyBuiltinFunction, PyStaticMethod } from "../functions.js";
import { PyInt, pyBool } from "../int.js";
import { iterate, repr, str, truthy } from "../protocols.js";
import { newTuple, PyList } from "../sequences.js";
import { None } from "../singletons.js";
import { newStr, PyStr } from "../str.js";

function exc(o: PyObject): PyBaseException {
  return o as PyBaseException;
}

/** BaseException.__str__: '' for no arguments, str of the only one, else the repr of the tuple. */
export function baseExceptionStr(e: PyBaseException): string {
  if (e.args.length === 0) return "";
  if (e.args.length === 1) return str(e.args[0]);
  return repr(newTuple(e.args));
}

function noKeywordsFor(self: PyObject, kwnames: readonly string[] | null): void {
  if (kwnames?.length) throw typeError(`${self.type.name}() takes no keyword arguments`);
}

/** Keyword-only arguments of the exception __init__s that take some (NameError's name, ...). */
function keywordArgs(
  self: PyObject,
  args: PyObject[],
  kwnames: readonly string[] | null,
  allowed: readonly string[],
): { positional: PyObject[]; keywords: Map<string, PyObject> } {
  const split = splitKeywords(args, kwnames);
  for (const k of split.keywords.keys())
    if (!allowed.includes(k))
      throw typeError(`${self.type.name}() got an unexpected keyword argument '${k}'`);
  return split;
}

/** errno values (Linux) whose OSError(errno, ...) is a more precise subclass. */
const ERRNO_SUBCLASSES: Record<number, string> = {
  1: "PermissionError",
  2: "FileNotFoundError",
  3: "ProcessLookupError",
  4: "InterruptedError",
  10: "ChildProcessError",
  11: "BlockingIOError",
  13: "PermissionError",
  17: "FileExistsError",
  20: "NotADirectoryError",
  21: "IsADirectoryError",
  32: "BrokenPipeError",
  103: "ConnectionAbortedError",
  104: "ConnectionResetError",
  108: "BrokenPipeError",
  110: "TimeoutError",
  111: "ConnectionRefusedError",
  114: "BlockingIOError",
  115: "BlockingIOError",
};

/** oserror_use_init: a subclass overriding __init__ parses the arguments there, not in __new__. */
function osErrorUsesInit(type: PyType): boolean {
  return type.lookup("__init__") !== E.OSError.attrs.get("__init__");
}

function fillOSError(e: PyOSError): void {
  const a = e.args;
  if (a.length < 2 || a.length > 5) return;
  e.errno = a[0];
  e.strerror = a[1];
  if (a.length >= 3) e.filename = a[2];
  if (a.length === 5) e.filename2 = a[4];
  if (a.length >= 3 && e.filename !== None) e.args = a.slice(0, 2);
}

function fillSyntaxError(e: PySyntaxError): void {
  const a = e.args;
  if (a.length >= 1) e.msg = a[0];
  if (a.length !== 2) return;
  const info = [...iterate(a[1])];
  if (info.length < 4) throw typeError(`function takes at least 4 arguments (${info.length} given)`);
  if (info.length > 6) throw typeError(`function takes at most 6 arguments (${info.length} given)`);
  [e.filename, e.lineno, e.offset, e.text] = info;
  e.endLineno = info[4] ?? None;
  e.endOffset = info[5] ?? None;
}

/** What each builtin exception's __init__ derives from its positional arguments. */
function fromArgs(e: PyBaseException): void {
  const a = e.args;
  if (e instanceof PySystemExit) e.code = a.length === 0 ? None : a.length === 1 ? a[0] : newTuple(a);
  else if (e instanceof PyImportError) e.msg = a.length === 1 ? a[0] : None;
  else if (e instanceof PyOSError) fillOSError(e);
  else if (e instanceof PySyntaxError) fillSyntaxError(e);
}
exceptionInit.fromArgs = fromArgs;

T.BaseException.setAttr(
  "__new__",
  new PyStaticMethod(
    new PyBuiltinFunction("__new__", (args, kwnames) => {
      const type = args[0];
      if (!(type instanceof PyType) || !type.isSubtype(E.BaseException))
        throw typeError("BaseException.__new__(X): X is not a subtype of BaseException");
      let target = type;
      const positional = splitKeywords(args.slice(1), kwnames).positional;
      // OSError(errno, strerror, ...) picks the subclass for that errno, as CPython's OSError.__new__ does.
      if (type === E.OSError && !osErrorUsesInit(type) && positional.length >= 2 && positional.length <= 5) {
        const n = positional[0];
        const sub = n instanceof PyInt && n.type === T.int ? ERRNO_SUBCLASSES[Number(n.value)] : undefined;
        if (sub) target = E[sub];
      }
      const e = allocException(target, positional);
      if (e instanceof PyOSError && !osErrorUsesInit(type)) fillOSError(e);
      return e;
    }),
  ),
);

defineMethods(T.BaseException, {
  __init__: (self, args, kwnames) => {
    noKeywordsFor(self, kwnames);
    exc(self).args = args;
    return None;
  },
  __str__: (self) => newStr(baseExceptionStr(exc(self))),
  __repr__: (self) => {
    const e = exc(self);
    const inner = e.args.length === 1 ? `(${repr(e.args[0])})` : repr(newTuple(e.args));
    return newStr(`${e.type.name}${inner}`);
  },
  with_traceback: (self, [tb]) => {
    setTraceback(exc(self), tb);
    return self;
  },
  add_note: (self, [note]) => {
    if (!(note instanceof PyStr)) throw typeError(`add_note() argument must be str, not ${note.type.name}`);
    let notes = getAttrOrUndefined(self, "__notes__");
    if (notes === undefined) {
      notes = new PyList([]);
      setAttr(self, "__notes__", notes);
    }
    if (!(notes instanceof PyList)) throw typeError("Cannot add note: __notes__ is not a list");
    notes.items.push(note);
    return None;
  },
});

function setTraceback(e: PyBaseException, tb: PyObject | null): void {
  if (tb === null) throw typeError("__traceback__ may not be deleted");
  if (tb === None) e.traceback = null;
  else if (tb instanceof PyTraceback) e.traceback = tb;
  else throw typeError("__traceback__ must be a traceback or None");
}

function chained(v: PyObject | null, what: string): PyObject | null {
  if (v === null) throw typeError(`${what} may not be deleted`);
  if (v === None) return null;
  if (!(v instanceof PyBaseException))
    throw typeError(`exception ${what.slice(2, -2)} must be None or derive from BaseException`);
  return v;
}

defineGetSets(T.BaseException, {
  args: [
    (self) => newTuple(exc(self).args),
    (self, v) => {
      if (v === null) throw typeError("args may not be deleted");
      const e = exc(self);
      // StopIteration.value keeps the value it had before args change.
      if (e instanceof PyStopIteration) e.explicitValue = e.value;
      e.args = [...iterate(v)];
    },
  ],
  __traceback__: [(self) => exc(self).traceback ?? None, (self, v) => setTraceback(exc(self), v)],
  __cause__: [
    (self) => exc(self).cause ?? None,
    (self, v) => {
      exc(self).cause = chained(v, "__cause__");
      exc(self).suppressContext = true;
    },
  ],
  __context__: [
    (self) => exc(self).context ?? None,
    (self, v) => {
      exc(self).context = chained(v, "__context__");
    },
  ],
  __suppress_context__: [
    (self) => pyBool(exc(self).suppressContext),
    (self, v) => {
      exc(self).suppressContext = v !== null && truthy(v);
    },
  ],
});

defineMethods(E.KeyError, {
  __str__: (self) => {
    const e = exc(self);
    return newStr(e.args.length === 1 ? repr(e.args[0]) : baseExceptionStr(e));
  },
});

/** A plain read-write attribute stored in a field of the exception's layout. */
function member<X extends PyBaseException>(
  get: (e: X) => PyObject,
  set: (e: X, v: PyObject) => void,
): [(self: PyObject) => PyObject, (self: PyObject, v: PyObject | null) => void] {
  return [(self) => get(self as X), (self, v) => set(self as X, v ?? None)];
}

defineMethods(E.StopIteration, {
  __init__: (self, args, kwnames) => {
    noKeywordsFor(self, kwnames);
    const e = self as PyStopIteration;
    e.args = args;
    e.value = args[0] ?? None;
    return None;
  },
});
defineGetSets(E.StopIteration, {
  value: member<PyStopIteration>(
    (e) => e.value,
    (e, v) => {
      e.value = v;
    },
  ),
});

defineMethods(E.SystemExit, {
  __init__: (self, args, kwnames) => {
    noKeywordsFor(self, kwnames);
    exc(self).args = args;
    fromArgs(exc(self));
    return None;
  },
});
defineGetSets(E.SystemExit, {
  code: member<PySystemExit>(
    (e) => e.code,
    (e, v) => {
      e.code = v;
    },
  ),
});

defineMethods(E.NameError, {
  __init__: (self, args, kwnames) => {
    const { positional, keywords } = keywordArgs(self, args, kwnames, ["name"]);
    exc(self).args = positional;
    (self as PyNameError).name = keywords.get("name") ?? None;
    return None;
  },
});
defineGetSets(E.NameError, {
  name: member<PyNameError>(
    (e) => e.name,
    (e, v) => {
      e.name = v;
    },
  ),
});

defineMethods(E.AttributeError, {
  __init__: (self, args, kwnames) => {
    const { positional, keywords } = keywordArgs(self, args, kwnames, ["name", "obj"]);
    const e = self as PyAttributeError;
    e.args = positional;
    e.name = keywords.get("name") ?? None;
    e.obj = keywords.get("obj") ?? None;
    return None;
  },
});
defineGetSets(E.AttributeError, {
  name: member<PyAttributeError>(
    (e) => e.name,
    (e, v) => {
      e.name = v;
    },
  ),
  obj: member<PyAttributeError>(
    (e) => e.obj,
    (e, v) => {
      e.obj = v;
    },
  ),
});

defineMethods(E.ImportError, {
  __init__: (self, args, kwnames) => {
    const { positional, keywords } = keywordArgs(self, args, kwnames, ["name", "path", "name_from"]);
    const e = self as PyImportError;
    e.args = positional;
    fromArgs(e);
    e.name = keywords.get("name") ?? None;
    e.path = keywords.get("path") ?? None;
    e.nameFrom = keywords.get("name_from") ?? None;
    return None;
  },
  __str__: (self) => {
    const e = self as PyImportError;
    if (e.msg instanceof PyStr && e.msg.type === T.str) return e.msg;
    return newStr(baseExceptionStr(e));
  },
});
defineGetSets(E.ImportError, {
  msg: member<PyImportError>(
    (e) => e.msg,
    (e, v) => {
      e.msg = v;
    },
  ),
  name: member<PyImportError>(
    (e) => e.name,
    (e, v) => {
      e.name = v;
    },
  ),
  path: member<PyImportError>(
    (e) => e.path,
    (e, v) => {
      e.path = v;
    },
  ),
  name_from: member<PyImportError>(
    (e) => e.nameFrom,
    (e, v) => {
      e.nameFrom = v;
    },
  ),
});

defineMethods(E.OSError, {
  __init__: (self, args, kwnames) => {
    noKeywordsFor(self, kwnames);
    if (!osErrorUsesInit(self.type)) return None;
    exc(self).args = args;
    fillOSError(self as PyOSError);
    return None;
  },
  __str__: (self) => {
    const e = self as PyOSError;
    if (e.filename !== None) {
      const head = `[Errno ${str(e.errno)}] ${str(e.strerror)}: ${repr(e.filename)}`;
      return newStr(e.filename2 !== None ? `${head} -> ${repr(e.filename2)}` : head);
    }
    if (e.errno !== None && e.strerror !== None) return newStr(`[Errno ${str(e.errno)}] ${str(e.strerror)}`);
    return newStr(baseExceptionStr(e));
  },
});
defineGetSets(E.OSError, {
  errno: member<PyOSError>(
    (e) => e.errno,
    (e, v) => {
      e.errno = v;
    },
  ),
  strerror: member<PyOSError>(
    (e) => e.strerror,
    (e, v) => {
      e.strerror = v;
    },
  ),
  filename: member<PyOSError>(
    (e) => e.filename,
    (e, v) => {
      e.filename = v;
    },
  ),
  filename2: member<PyOSError>(
    (e) => e.filename2,
    (e, v) => {
      e.filename2 = v;
    },
  ),
});

defineMethods(E.SyntaxError, {
  __init__: (self, args, kwnames) => {
    noKeywordsFor(self, kwnames);
    exc(self).args = args;
    fromArgs(exc(self));
    return None;
  },
  __str__: (self) => {
    const e = self as PySyntaxError;
    const file =
      e.filename instanceof PyStr ? e.filename.value.slice(e.filename.value.lastIndexOf("/") + 1) : null;
    const line = e.lineno instanceof PyInt && e.lineno.type === T.int ? str(e.lineno) : null;
    const msg = str(e.msg);
    if (file !== null && line !== null) return newStr(`${msg} (${file}, line ${line})`);
    if (file !== null) return newStr(`${msg} (${file})`);
    if (line !== null) return newStr(`${msg} (line ${line})`);
    return newStr(msg);
  },
});
const SYNTAX_FIELDS = {
  msg: "msg",
  filename: "filename",
  lineno: "lineno",
  offset: "offset",
  text: "text",
  end_lineno: "endLineno",
  end_offset: "endOffset",
  print_file_and_line: "printFileAndLine",
} as const;
for (const [name, field] of Object.entries(SYNTAX_FIELDS))
  defineGetSets(E.SyntaxError, {
    [name]: member<PySyntaxError>(
      (e) => e[field],
      (e, v) => {
        e[field] = v;
      },
    ),
  });
