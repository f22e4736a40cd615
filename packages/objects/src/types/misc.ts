// The small types: None, NotImplemented, Ellipsis, functions and methods, modules, iterators, exceptions.

import { type PyBytes, reprBytes } from "../bytes.js";
import { E, type PyObject, type PyType, T } from "../core.js";
import { PyDict } from "../dict.js";
import { PyBaseException } from "../exceptions.js";
import {
  defineGetSets,
  defineMethods,
  PyBuiltinFunction,
  PyFunction,
  type PyMethod,
  PyModule,
  PyStaticMethod,
} from "../functions.js";
import { identity } from "../identity.js";
import { False, newInt, pyBool } from "../int.js";
import { iterate, repr, str, truthy } from "../protocols.js";
import { newTuple } from "../sequences.js";
import { None } from "../singletons.js";
import { newStr } from "../str.js";

function addr(o: PyObject): string {
  return `0x${identity(o).toString(16).padStart(12, "0")}`;
}

defineMethods(T.NoneType, { __repr__: () => newStr("None"), __bool__: () => False });
defineMethods(T.NotImplementedType, { __repr__: () => newStr("NotImplemented") });
defineMethods(T.ellipsis, { __repr__: () => newStr("Ellipsis") });

defineMethods(T.function, {
  __repr__: (self) => newStr(`<function ${(self as PyFunction).qualname} at ${addr(self)}>`),
});
defineMethods(T.method, {
  __repr__: (self) => {
    const m = self as PyMethod;
    const f = m.func;
    const name = f instanceof PyFunction ? f.qualname : "?";
    return newStr(`<bound method ${name} of ${repr(m.self)}>`);
  },
});
defineMethods(T.builtin_function_or_method, {
  __repr__: (self) => {
    const f = self as PyBuiltinFunction;
    if (f.self === null || f.self instanceof PyModule) return newStr(`<built-in function ${f.name}>`);
    return newStr(`<built-in method ${f.name} of ${f.self.type.name} object at ${addr(f.self)}>`);
  },
});
defineMethods(T.module, {
  __repr__: (self) => newStr(`<module '${(self as PyModule).name}'>`),
});

function excStr(e: PyBaseException): string {
  if (e.args.length === 0) return "";
  if (e.args.length === 1) return str(e.args[0]);
  return repr(newTuple(e.args));
}

defineMethods(T.BaseException, {
  __init__: (self, args) => {
    (self as PyBaseException).args = args;
    return None;
  },
  __str__: (self) => newStr(excStr(self as PyBaseException)),
  __repr__: (self) => {
    const e = self as PyBaseException;
    const inner =
      e.args.length === 1 ? repr(e.args[0]) : repr(newTuple(e.args)).slice(1, -1).replace(/,$/, "");
    return newStr(`${e.type.name}(${inner})`);
  },
  with_traceback: (self) => self,
});
T.BaseException.setAttr(
  "__new__",
  new PyStaticMethod(
    new PyBuiltinFunction("__new__", (args) => {
      const type = args[0] as PyType;
      const e = new PyBaseException(type, args.slice(1));
      if (type.heap) e.dict = null;
      return e;
    }),
  ),
);
defineMethods(E.KeyError, {
  __str__: (self) => {
    const e = self as PyBaseException;
    return newStr(e.args.length === 1 ? repr(e.args[0]) : excStr(e));
  },
});
defineMethods(E.StopIteration, {
  __init__: (self, args) => {
    (self as PyBaseException).args = args;
    return None;
  },
});

defineMethods(T.bytes, {
  __repr__: (self) => newStr(reprBytes((self as PyBytes).value)),
  __len__: (self) => newInt((self as PyBytes).value.length),
});

function exc(o: PyObject): PyBaseException {
  return o as PyBaseException;
}

function optional(v: PyObject | null): PyObject {
  return v ?? None;
}

defineGetSets(T.BaseException, {
  args: [
    (self) => newTuple(exc(self).args),
    (self, v) => {
      exc(self).args = v === null ? [] : [...iterate(v)];
    },
  ],
  __cause__: [
    (self) => optional(exc(self).cause),
    (self, v) => {
      exc(self).cause = v === None ? null : v;
      exc(self).suppressContext = true;
    },
  ],
  __context__: [
    (self) => optional(exc(self).context),
    (self, v) => {
      exc(self).context = v === None ? null : v;
    },
  ],
  __suppress_context__: [
    (self) => pyBool(exc(self).suppressContext),
    (self, v) => {
      exc(self).suppressContext = v !== null && truthy(v);
    },
  ],
});

function fn(o: PyObject): PyFunction {
  return o as PyFunction;
}

defineGetSets(T.function, {
  __name__: [
    (self) => newStr(fn(self).name),
    (self, v) => {
      fn(self).name = str(v ?? None);
    },
  ],
  __qualname__: [
    (self) => newStr(fn(self).qualname),
    (self, v) => {
      fn(self).qualname = str(v ?? None);
    },
  ],
  __doc__: [
    (self) => optional(fn(self).doc),
    (self, v) => {
      fn(self).doc = v;
    },
  ],
  __module__: [
    (self) => optional(fn(self).module),
    (self, v) => {
      fn(self).module = v;
    },
  ],
  __defaults__: [(self) => (fn(self).defaults ? newTuple(fn(self).defaults!) : None)],
  __globals__: [(self) => fn(self).globals],
  __code__: [(self) => fn(self).code],
  __dict__: [
    (self) => {
      const f = fn(self);
      if (!f.funcDict) f.funcDict = new PyDict();
      return f.funcDict as PyDict;
    },
  ],
});
defineGetSets(T.builtin_function_or_method, {
  __name__: [(self) => newStr((self as PyBuiltinFunction).name)],
  __qualname__: [(self) => newStr((self as PyBuiltinFunction).qualname)],
});
defineGetSets(T.method, {
  __self__: [(self) => (self as PyMethod).self],
  __func__: [(self) => (self as PyMethod).func],
});
