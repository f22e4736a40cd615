// The small types: None, NotImplemented, Ellipsis, functions and methods, modules, iterators.
import "./exceptions.js";

import { type PyObject, T } from "../core.js";
import { PyDict } from "../dict.js";
import {
  defineGetSets,
  defineMethods,
  type PyBuiltinFunction,
  PyFunction,
  type PyMethod,
  PyModule,
} from "../functions.js";
import { identity } from "../identity.js";
import { False } from "../int.js";
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

function optional(v: PyObject | null): PyObject {
  return v ?? None;
}

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
  __kwdefaults__: [(self) => fn(self).kwdefaults ?? None],
  __closure__: [(self) => (fn(self).closure ? newTuple(fn(self).closure!) : None)],
  __globals__: [(self) => fn(self).globals],
  __code__: [(self) => fn(self).code],
  __dict__: [
    (self) => {
      const f = fn(self);
      if (f.dict === null) f.dict = new PyDict();
      return f.dict;
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
