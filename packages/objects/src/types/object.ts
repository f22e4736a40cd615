// object and type: the methods every object inherits, and class creation (type.__new__).
import { delAttr, genericGetAttr, genericSetAttr, specialAttrs } from "../attributes.js";
import { callType, setTypeCall } from "../call.js";
import { newError, type PyObject, PyType, T, typeError } from "../core.js";
import { PyDict } from "../dict.js";
import {
  defineMethods,
  PyBuiltinFunction,
  PyClassMethod,
  PyFunction,
  PyMethodDescr,
  PyStaticMethod,
} from "../functions.js";
import { identity } from "../identity.js";
import { False, newInt, pyBool, True } from "../int.js";
import { repr, str } from "../protocols.js";
import { newTuple, PyTuple } from "../sequences.js";
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
    if (!(type instanceof PyType)) throw typeError("object.__new__(X): X is not a type object");
    const excess = args.length > 1 || (kw !== null && kw.length > 0);
    if (excess) {
      if (type.lookup("__new__") !== T.object.attrs.get("__new__"))
        throw typeError("object.__new__() takes exactly one argument (the type to instantiate)");
      if (type.lookup("__init__") === T.object.attrs.get("__init__"))
        throw typeError(`${type.name}() takes no arguments`);
    }
    const alloc = type.solid.allocate ?? T.object.allocate!;
    const o = alloc(type);
    if (type.heap && o.dict === null) o.dict = new PyDict();
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
  __str__: (self) => newStr(repr(self)),
  __eq__: (self, [other]) => (self === other ? True : NotImplemented),
  __ne__(self, [other]) {
    const eq = self.type.lookup("__eq__");
    if (eq === undefined) return NotImplemented;
    const r = eq instanceof PyMethodDescr ? eq.fn(self, [other], null) : NotImplemented;
    if (r === NotImplemented) return r;
    return r === True ? False : r === False ? True : r;
  },
  __hash__: (self) => newInt(identity(self) >> 4),
  __getattribute__(self, args) {
    const name = args[0];
    if (!(name instanceof PyStr)) throw typeError(`attribute name must be string, not '${name.type.name}'`);
    const v = genericGetAttr(self, name.value);
    if (v === undefined)
      throw newError("AttributeError", `'${self.type.name}' object has no attribute '${name.value}'`);
    return v;
  },
  __setattr__(self, [name, value]) {
    genericSetAttr(self, (name as PyStr).value, value);
    return None;
  },
  __delattr__(self, [name]) {
    delAttr(self, (name as PyStr).value);
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
  new PyClassMethod(new PyBuiltinFunction("__init_subclass__", () => None)),
);
T.object.setAttr("__class__", None);
T.object.attrs.delete("__class__");

specialAttrs.push((o, name) => {
  if (name === "__class__") return o.type;
  if (name === "__dict__" && o.dict) return o.dict;
  if (o instanceof PyType) {
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
      case "__module__":
        return newStr(moduleOf(o));
      case "__dict__": {
        const d = new PyDict();
        for (const [k, v] of o.attrs) d.setStr(k, v);
        return d;
      }
      case "__doc__":
        return None;
    }
  }
  return undefined;
});

defineMethods(T.type, {
  __repr__(self) {
    const t = self as PyType;
    const mod = moduleOf(t);
    return newStr(mod === "builtins" ? `<class '${t.qualname}'>` : `<class '${mod}.${t.qualname}'>`);
  },
  __call__: (self, args, kw) => callType(self as PyType, args, kw),
  mro: (self) => newTuple((self as PyType).mro),
  __init__: () => None,
  __subclasses__: () => newTuple([]),
  __instancecheck__: (self, [o]) => pyBool(o.type.isSubtype(self as PyType)),
  __subclasscheck__: (self, [o]) => pyBool(o instanceof PyType && o.isSubtype(self as PyType)),
});
setTypeCall(T.type.attrs.get("__call__")!);
T.type.setAttr("__prepare__", new PyClassMethod(new PyBuiltinFunction("__prepare__", () => new PyDict())));
T.type.setAttr(
  "__new__",
  newStatic("__new__", (args, kw) => {
    const meta = args[0] as PyType;
    if (args.length === 2 && meta === T.type) return args[1].type;
    if (args.length !== 4) throw typeError("type() takes 1 or 3 arguments");
    const [, name, bases, ns] = args;
    if (!(name instanceof PyStr))
      throw typeError(`type.__new__() argument 1 must be str, not ${name.type.name}`);
    if (!(bases instanceof PyTuple))
      throw typeError(`type.__new__() argument 2 must be tuple, not ${bases.type.name}`);
    if (!(ns instanceof PyDict))
      throw typeError(`type.__new__() argument 3 must be dict, not ${ns.type.name}`);
    void kw;
    return newClass(meta, name.value, bases.items as PyType[], ns);
  }),
);

/** Creates a class (type_new): bases checked, namespace copied, __set_name__ and __init_subclass__ called. */
export function newClass(meta: PyType, name: string, bases: PyType[], ns: PyDict): PyType {
  for (const b of bases) {
    if (!(b instanceof PyType)) throw typeError(`bases must be types`);
    if (b === T.bool || b === T.NoneType || b.name === "range" || b.name === "slice" || b.name === "function")
      throw typeError(`type '${b.name}' is not an acceptable base type`);
  }
  const cls = new PyType(meta, name, bases.length ? bases : [T.object], true);
  for (const e of ns.entries()) {
    if (!(e.key instanceof PyStr)) continue;
    let v = e.value;
    if (
      (e.key.value === "__init_subclass__" || e.key.value === "__class_getitem__") &&
      v instanceof PyFunction
    )
      v = new PyClassMethod(v);
    if (e.key.value === "__new__" && v instanceof PyFunction) v = new PyStaticMethod(v);
    cls.attrs.set(e.key.value, v);
  }
  const qual = ns.getStr("__qualname__");
  if (qual instanceof PyStr) {
    cls.qualname = qual.value;
    cls.attrs.delete("__qualname__");
  }
  if (cls.attrs.get("__eq__") !== undefined && !cls.attrs.has("__hash__")) cls.attrs.set("__hash__", None);
  cls.resetMro();
  return cls;
}
