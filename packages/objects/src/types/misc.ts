// The small types: None, NotImplemented, Ellipsis, functions and methods, modules, iterators, exceptions.

import { type PyBytes, reprBytes } from "../bytes.js";
import { E, type PyObject, type PyType, T } from "../core.js";
import { PyBaseException } from "../exceptions.js";
import {
  defineMethods,
  PyBuiltinFunction,
  PyFunction,
  type PyMethod,
  PyModule,
  PyStaticMethod,
} from "../functions.js";
import { identity } from "../identity.js";
import { False, newInt } from "../int.js";
import { repr, str } from "../protocols.js";
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
