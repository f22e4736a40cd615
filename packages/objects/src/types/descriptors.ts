// Introspection attributes of the builtin descriptor types: property, classmethod, staticmethod, method and getset descriptors.
import { getAttrOrUndefined, propertyNames } from "../attributes.js";
import { callObject } from "../call.js";
import { T } from "../core.js";
import {
  defineGetSets,
  defineMethods,
  type PyClassMethod,
  type PyGetSetDescr,
  PyMethod,
  type PyMethodDescr,
  type PyProperty,
  type PyStaticMethod,
} from "../functions.js";
import { identity } from "../identity.js";
import { intFrom, pyBool } from "../int.js";
import { hashOf, isEqual } from "../protocols.js";
import { None, NotImplemented } from "../singletons.js";
import { newStr, PyStr } from "../str.js";

function prop(o: unknown): PyProperty {
  return o as PyProperty;
}

defineGetSets(T.property, {
  fget: [(self) => prop(self).fget ?? None],
  fset: [(self) => prop(self).fset ?? None],
  fdel: [(self) => prop(self).fdel ?? None],
  // Without an explicit doc, a property documents itself with its getter's docstring.
  __doc__: [
    (self) => {
      const p = prop(self);
      if (p.doc !== null && p.doc !== None) return p.doc;
      return p.fget ? (getAttrOrUndefined(p.fget, "__doc__") ?? None) : None;
    },
    (self, value) => {
      prop(self).doc = value;
    },
  ],
});

defineMethods(T.property, {
  __set_name__: (self, [, name]) => {
    if (name instanceof PyStr) propertyNames.set(self, name.value);
    return None;
  },
});

// Since 3.10 a staticmethod object is itself callable.
defineMethods(T.staticmethod, {
  __call__: (self, args, kw) => callObject((self as PyStaticMethod).func, args, kw),
});

for (const t of [T.classmethod, T.staticmethod])
  defineGetSets(t, {
    __func__: [(self) => (self as PyClassMethod | PyStaticMethod).func],
    __wrapped__: [(self) => (self as PyClassMethod | PyStaticMethod).func],
  });

for (const t of [T.method_descriptor, T.getset_descriptor])
  defineGetSets(t, {
    __name__: [(self) => newStr((self as PyMethodDescr | PyGetSetDescr).name)],
    __qualname__: [
      (self) => {
        const d = self as PyMethodDescr | PyGetSetDescr;
        return newStr(`${d.owner.name}.${d.name}`);
      },
    ],
    __objclass__: [(self) => (self as PyMethodDescr | PyGetSetDescr).owner],
  });

// Bound methods compare equal when they bind the same object (by identity) to equal functions.
defineMethods(T.method, {
  __eq__: (self, [o]) => {
    if (!(o instanceof PyMethod)) return NotImplemented;
    const a = self as PyMethod;
    return pyBool(a.self === o.self && isEqual(a.func, o.func));
  },
  __ne__: (self, [o]) => {
    if (!(o instanceof PyMethod)) return NotImplemented;
    const a = self as PyMethod;
    return pyBool(!(a.self === o.self && isEqual(a.func, o.func)));
  },
  __hash__: (self) => {
    const a = self as PyMethod;
    return intFrom(BigInt(identity(a.self) >> 4) ^ BigInt(hashOf(a.func)));
  },
});
