// object and type: the methods every object inherits, and class creation (type.__new__).

import { splitKeywords } from "../args.js";
import {
  callMethod,
  genericDelAttr,
  genericSetAttr,
  getAttrOrUndefined,
  missingAttribute,
  objectGetAttribute,
  setTypeDataAttr,
  specialAttrs,
} from "../attributes.js";
import { callObject, callType, setTypeCall } from "../call.js";
import { calculateMetaclass, checkTypeArgs, classDict, NO_INSTANCE_DICT, newClass } from "./classes.js";

export { newClass };

import { type PyObject, PyType, T, typeError } from "../core.js";
import { PyDict } from "../dict.js";
import {
  defineMethods,
  PyBuiltinFunction,
  PyClassMethod,
  PyGetSetDescr,
  PyStaticMethod,
} from "../functions.js";
import { identity } from "../identity.js";
import { False, newInt, pyBool, True } from "../int.js";
import { repr, str, truthy } from "../protocols.js";
import { newTuple, PyList, type PyTuple } from "../sequences.js";
import { None, NotImplemented } from "../singletons.js";
import { newStr, PyStr } from "../str.js";

function moduleOf(t: PyType): string {
  const m = t.attrs.get("__module__");
  return m instanceof PyStr ? m.value : "builtins";
}

/** The default repr: <module.Qualname object at 0x...>. */
export function defaultRepr(o: PyObject): string {
  const t = o.type;
  const mod = moduleOf(t);
  const name = mod === "builtins" ? t.qualname : `${mod}.${t.qualname}`;
  return `<${name} object at 0x${identity(o).toString(16).padStart(12, "0")}>`;
}

function newStatic(
  name: string,
  fn: (args: PyObject[], kw: readonly string[] | null) => PyObject,
): PyStaticMethod {
  return new PyStaticMethod(new PyBuiltinFunction(name, fn));
}

T.object.setAttr(
  "__new__",
  newStatic("__new__", (args, kw) => {
    const type = args[0];
    if (!(type instanceof PyType))
      throw typeError(`object.__new__(X): X is not a type object (${type.type.name})`);
    const excess = args.length > 1 || (kw !== null && kw.length > 0);
    if (excess) {
      if (type.lookup("__new__") !== T.object.attrs.get("__new__"))
        throw typeError("object.__new__() takes exactly one argument (the type to instantiate)");
      if (type.lookup("__init__") === T.object.attrs.get("__init__"))
        throw typeError(`${type.name}() takes no arguments`);
    }
    const alloc = type.mro.find((t) => t.allocate !== null)?.allocate ?? T.object.allocate!;
    const o = alloc(type);
    if (type.heap && o.dict === null && !(type.flags & NO_INSTANCE_DICT)) o.dict = new PyDict();
    return o;
  }),
);

defineMethods(T.object, {
  __init__(self, args, kw) {
    if (args.length || kw?.length) {
      const t = self.type;
      if (t.lookup("__init__") !== T.object.attrs.get("__init__"))
        throw typeError("object.__init__() takes exactly one argument (the instance to initialize)");
      if (t.lookup("__new__") === T.object.attrs.get("__new__"))
        throw typeError(`${t.name}() takes no arguments`);
    }
    return None;
  },
  __repr__: (self) => newStr(defaultRepr(self)),
  __dir__: (self) => {
    const names = new Set<string>();
    const d = getAttrOrUndefined(self, "__dict__");
    if (d instanceof PyDict) for (const e of d.entries()) if (e.key instanceof PyStr) names.add(e.key.value);
    const cls = getAttrOrUndefined(self, "__class__");
    if (cls instanceof PyType) classNames(cls, names);
    return new PyList([...names].map(newStr));
  },
  __str__: (self) => newStr(repr(self)),
  __eq__: (self, [other]) => (self === other ? True : NotImplemented),
  __lt__: () => NotImplemented,
  __le__: () => NotImplemented,
  __gt__: () => NotImplemented,
  __ge__: () => NotImplemented,
  __ne__(self, [other]) {
    const eq = self.type.lookup("__eq__");
    if (eq === undefined) return NotImplemented;
    const r = callMethod(eq, self, [other]);
    if (r === NotImplemented) return r;
    return truthy(r) ? False : True;
  },
  __hash__: (self) => newInt(identity(self) >> 4),
  __getattribute__(self, args) {
    const name = args[0];
    if (!(name instanceof PyStr)) throw typeError(`attribute name must be string, not '${name.type.name}'`);
    const v = objectGetAttribute(self, name.value);
    if (v === undefined) throw missingAttribute(self, name.value);
    return v;
  },
  __setattr__(self, [name, value]) {
    genericSetAttr(self, (name as PyStr).value, value);
    return None;
  },
  __delattr__(self, [name]) {
    genericDelAttr(self, (name as PyStr).value);
    return None;
  },
  __format__(self, [spec]) {
    if (!(spec instanceof PyStr)) throw typeError(`__format__() argument must be str, not ${spec.type.name}`);
    if (spec.value !== "")
      throw typeError(`unsupported format string passed to ${self.type.name}.__format__`);
    return newStr(str(self));
  },
});
T.object.setAttr(
  "__init_subclass__",
  new PyClassMethod(
    new PyBuiltinFunction("__init_subclass__", (args, kw) => {
      const cls = args[0] as PyType;
      if (args.length > 1 + (kw?.length ?? 0))
        throw typeError(`${cls.name}.__init_subclass__() takes no positional arguments`);
      if (kw?.length) throw typeError(`${cls.name}.__init_subclass__() takes no keyword arguments`);
      return None;
    }),
  ),
);
// __class__ is a data descriptor of object: reading gives the type; assignment swaps between compatible heap classes.
T.object.setAttr(
  "__class__",
  new PyGetSetDescr(
    "__class__",
    T.object,
    (o) => o.type,
    (o, v) => {
      if (v === null) throw typeError("can't delete __class__ attribute");
      if (!(v instanceof PyType))
        throw typeError(`__class__ must be set to a class, not '${v.type.name}' object`);
      if (!v.heap || !o.type.heap)
        throw typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
      o.type = v;
    },
  ),
);

/** The attributes type's own data descriptors compute: they win over anything in the class's MRO. */
export function typeDataAttr(o: PyType, name: string): PyObject | undefined {
  switch (name) {
    case "__name__":
      return newStr(o.name);
    case "__qualname__":
      return newStr(o.qualname);
    case "__mro__":
      return newTuple(o.mro);
    case "__bases__":
      return newTuple(o.bases);
    case "__base__":
      return o.bases[0] ?? None;
    case "__module__": {
      const m = o.attrs.get("__module__");
      return m ?? newStr(moduleOf(o));
    }
    case "__dict__":
      return classDict(o);
    case "__doc__":
      return o.heap ? (o.attrs.get("__doc__") ?? None) : (o.attrs.get("__doc__") ?? None);
    case "__class__":
      return o.type;
  }
  return undefined;
}
setTypeDataAttr(typeDataAttr);

specialAttrs.push((o, name) => {
  if (name === "__class__") return o.type;
  if (name === "__dict__" && o.dict) return o.dict;
  if (o instanceof PyType) return typeDataAttr(o, name);
  return undefined;
});

/** Names from a class and its bases, as merge_class_dict collects them for dir(). */
function classNames(t: PyType, into: Set<string>): void {
  for (const k of t.attrs.keys()) into.add(k);
  for (const b of t.bases) classNames(b, into);
}

defineMethods(T.type, {
  __dir__: (self) => {
    const names = new Set<string>();
    classNames(self as PyType, names);
    return new PyList([...names].map(newStr));
  },
  __repr__(self) {
    const t = self as PyType;
    const mod = moduleOf(t);
    return newStr(mod === "builtins" ? `<class '${t.qualname}'>` : `<class '${mod}.${t.qualname}'>`);
  },
  __call__: (self, args, kw) => callType(self as PyType, args, kw),
  mro: (self) => newTuple((self as PyType).mro),
  __init__: (_self, args, kw) => {
    if (kw?.length && args.length === 1) throw typeError("type.__init__() takes no keyword arguments");
    if (args.length !== 1 && args.length - (kw?.length ?? 0) !== 3)
      throw typeError("type.__init__() takes 1 or 3 arguments");
    return None;
  },
  __subclasses__: () => newTuple([]),
  __instancecheck__: (self, [o]) => pyBool(o.type.isSubtype(self as PyType)),
  __subclasscheck__: (self, [o]) => pyBool(o instanceof PyType && o.isSubtype(self as PyType)),
});
setTypeCall(T.type.attrs.get("__call__")!);
T.type.setAttr("__prepare__", new PyClassMethod(new PyBuiltinFunction("__prepare__", () => new PyDict())));
T.type.setAttr(
  "__new__",
  newStatic("__new__", (args, kw) => {
    const meta = args[0];
    if (!(meta instanceof PyType))
      throw typeError(`type.__new__(X): X is not a type object (${meta.type.name})`);
    const { positional, keywords } = splitKeywords(args.slice(1), kw);
    if (positional.length === 1 && meta === T.type && keywords.size === 0) return positional[0].type;
    if (positional.length !== 3) throw typeError("type() takes 1 or 3 arguments");
    const [name, bases, ns] = positional;
    checkTypeArgs(name, bases, ns);
    const baseList = (bases as PyTuple).items;
    const winner = calculateMetaclass(meta, baseList);
    if (winner !== meta) {
      const winnerNew = winner.lookup("__new__");
      if (winnerNew !== T.type.attrs.get("__new__"))
        return callObject(winnerNew!, [winner, ...args.slice(1)], kw);
    }
    return newClass(winner, (name as PyStr).value, baseList as PyType[], ns as PyDict, keywords);
  }),
);
